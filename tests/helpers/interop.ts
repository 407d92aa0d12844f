import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { said } from "../../src/core/i18n/msg.js";
import type { ImportResult } from "../../src/core/interchange/draft.js";
import { finishImport } from "../../src/core/interchange/finish.js";
import { type ImportFormat, parseQuestionsFile } from "../../src/core/interchange/formats.js";
import { ROOT } from "./run-cli.js";

/** The public interchange fixtures beside the project, when this machine has them. */
export const INTEROP = join(ROOT, "..", "shared", "interop");
export const hasInterop = existsSync(INTEROP);

/** An import's result with each issue as `newsquiz import` says it in English. */
export interface ImportResultText extends Omit<ImportResult, "issues"> {
  issues: { line: number; message: string }[];
}

/** Reads a file the way `newsquiz import` does into an empty pack. */
export function importText(text: string, format: ImportFormat): ImportResultText {
  const result = finishImport(parseQuestionsFile(format, text), { ids: [] });
  return {
    ...result,
    issues: result.issues.map((i) => ({ line: i.line, message: said("en", i.message) })),
  };
}

export function importFile(path: string, format: ImportFormat): ImportResultText {
  return importText(readFileSync(path, "utf8"), format);
}
