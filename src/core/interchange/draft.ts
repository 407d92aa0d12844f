import type { Said } from "../i18n/msg.js";
import type { WrittenQuestion } from "../question/model.js";

/** A question read from an interchange file, before it has an id and has been validated. */
export interface DraftQuestion {
  /** Line of the file where the question starts, for error messages. */
  line: number;
  /** An id the file asked for (GIFT `// [id:…]`, JSON `id`), used when it is free. */
  idHint?: string;
  /** The question's fields as the pack schema names them, without `id`. */
  data: Record<string, unknown>;
}

/** One malformed question of an import: where it is, and what was expected there. */
export interface ImportIssue {
  line: number;
  /** Said in the interface's language where it is reported. */
  message: Said;
}

/** What a parser read from a file: the well-formed drafts and one issue per malformed question. */
export interface ParsedFile {
  drafts: DraftQuestion[];
  issues: ImportIssue[];
}

/** Questions ready to be written into a pack, and the issues of those left out. */
export interface ImportResult {
  questions: WrittenQuestion[];
  issues: ImportIssue[];
}

/** Something an export could not keep, said once per question. */
export interface ExportNote {
  question: string;
  /** Said in the interface's language where it is reported. */
  message: Said;
}

/** The text of an exported file, and what the format could not hold. */
export interface ExportResult {
  text: string;
  notes: ExportNote[];
  /** How many questions the file holds. */
  count: number;
}
