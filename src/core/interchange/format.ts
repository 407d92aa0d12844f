import type { Pack } from "../facts/model.js";
import type { Said } from "../i18n/msg.js";
import type { Question } from "../question/model.js";
import type { ExportResult, ParsedFile } from "./draft.js";

/**
 * What a file's content says of one format: `"this"`, it is in this format; `"none"`, it is in
 * no format newsquiz reads, whatever a format tried later would say; undefined, this format
 * cannot tell.
 */
export type Sniffed = "this" | "none" | undefined;

/**
 * What newsquiz knows of one interchange format without loading its reader or writer: its
 * folder's `about.ts` exports one, and `registry.ts` lists it. The command line reads these to
 * start; `load` brings the reader and writer (the folder's `index.ts`) when a file is read or
 * written.
 */
export interface FormatAbout<Id extends string = string> {
  /** What `--format` takes: `gift`. */
  id: Id;
  /** What messages call it: "GIFT", or a message when each language names it its own way. */
  title: string | Said;
  /** Whether `newsquiz import` reads it: its code then has `read`. */
  reads: boolean;
  /** Whether `newsquiz export` writes it: its code then has `write`. */
  writes: boolean;
  /** A file name `newsquiz import` reads as this format when its content is too short to tell. */
  readsName?: RegExp;
  /** The extension of an `--output` file that `newsquiz export` writes in this format. */
  extension?: string;
  /**
   * How a file's content tells this format, pure and cheap: formats are tried from the lowest
   * `order` up, and the first that does not answer undefined decides.
   */
  sniff?: { order: number; test(text: string): Sniffed };
  /** The reader and writer, loaded on first need. */
  load(): Promise<FormatCode>;
}

/** What a format's `index.ts` exports: it reads, writes, or both, as its `about.ts` says. */
export interface FormatCode {
  /** The questions of a file in this format. */
  read?(text: string): ParsedFile;
  /** The questions as a file in this format, and what it could not hold. */
  write?(questions: readonly Question[], pack: Pack): ExportResult;
}

/** A format with its reader and writer loaded. */
export type InterchangeFormat<Id extends string = string> = FormatAbout<Id> & FormatCode;
