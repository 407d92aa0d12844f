import type { Pack } from "../facts/model.js";
import type { Question } from "../question/model.js";
import type { ExportResult, ParsedFile } from "./draft.js";

/**
 * What newsquiz knows of one interchange format: its folder's `index.ts` exports one, and
 * `formats.ts` lists it. A format reads, writes, or both.
 */
export interface InterchangeFormat<Id extends string = string> {
  /** What `--format` takes: `gift`. */
  id: Id;
  /** What messages call it: "GIFT". */
  title: string;
  /** A file name `newsquiz import` reads as this format when its content is too short to tell. */
  readsName?: RegExp;
  /** The extension of an `--output` file that `newsquiz export` writes in this format. */
  extension?: string;
  /** The questions of a file in this format. */
  read?(text: string): ParsedFile;
  /** The questions as a file in this format, and what it could not hold. */
  write?(questions: readonly Question[], pack: Pack): ExportResult;
}
