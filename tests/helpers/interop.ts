import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportResult } from "../../src/core/interchange/draft.js";
import { finishImport } from "../../src/core/interchange/finish.js";
import { type ImportFormat, parseQuestionsFile } from "../../src/core/interchange/formats.js";
import { ROOT } from "./run-cli.js";

/** The public interchange fixtures beside the project, when this machine has them. */
export const INTEROP = join(ROOT, "..", "shared", "interop");
export const hasInterop = existsSync(INTEROP);

/** Reads a file the way `newsquiz import` does into an empty pack. */
export function importText(text: string, format: ImportFormat): ImportResult {
  return finishImport(parseQuestionsFile(format, text), { ids: [] });
}

export function importFile(path: string, format: ImportFormat): ImportResult {
  return importText(readFileSync(path, "utf8"), format);
}
