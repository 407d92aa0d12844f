import type { ParsedFile } from "./draft.js";
import type { FormatAbout, FormatCode, InterchangeFormat } from "./format.js";
import { aboutOf, type ExportFormat, FORMATS, type ImportFormat } from "./registry.js";

export { describeContent, detectFormat } from "./detect.js";
export {
  type ExportFormat,
  exportFormats,
  FORMATS,
  formatName,
  formatOfOutput,
  type ImportFormat,
  importFormats,
} from "./registry.js";

/**
 * Every format's reader and writer, loaded with this module: `import` and `export` load it when
 * they run, so that the command line starts with the formats' `about.ts` only.
 */
const CODE = new Map<string, FormatCode>(
  await Promise.all(FORMATS.map(async (f) => [f.id, checked(f, await f.load())] as const)),
);

/** A format's code, which must read when its about says it reads, and write when it writes. */
function checked(about: FormatAbout, code: FormatCode): FormatCode {
  if (about.reads !== (code.read !== undefined) || about.writes !== (code.write !== undefined)) {
    throw new Error(
      `${about.id}: about.ts and index.ts disagree on what the format reads and writes`,
    );
  }
  return code;
}

/** The format named by its id, with its reader and writer. */
export function formatOf(id: ImportFormat | ExportFormat): InterchangeFormat {
  return { ...aboutOf(id), ...CODE.get(id)! };
}

/** Reads the questions of a file in the given format. */
export function parseQuestionsFile(format: ImportFormat, text: string): ParsedFile {
  return CODE.get(format)!.read!(text);
}
