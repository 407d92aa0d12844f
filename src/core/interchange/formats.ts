import { parseAiken } from "./aiken/parse.js";
import type { ParsedFile } from "./draft.js";
import { parseGift } from "./gift/parse.js";
import { parseQuestionsJson } from "./json/parse.js";

/** Formats `newsquiz import` reads. */
export const importFormats = ["gift", "aiken", "json"] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Formats `newsquiz export` writes. */
export const exportFormats = ["gift", "aiken", "anki", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * The format of a file from its name (`.gift`, `.aiken`, `.json`, also Moodle's `x.gift.txt`),
 * else from what it holds; undefined when neither tells.
 */
export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const name = fileName.toLowerCase();
  if (/\.gift(?:\.txt)?$/.test(name)) return "gift";
  if (/\.aiken(?:\.txt)?$/.test(name)) return "aiken";
  if (name.endsWith(".json")) return "json";
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) {
    // A GIFT file may begin with an answer block, but then it goes on with question text.
    if (/^[[{]\s*["{[\]]/.test(start)) return "json";
  }
  if (/^ANSWER:\s*[A-Za-z]/m.test(text) && /^\s*[A-Z][).]/m.test(text)) return "aiken";
  if (hasAnswerBlock(text) || /^\s*(::|\$CATEGORY:)/m.test(text)) return "gift";
  return undefined;
}

/**
 * True when an unescaped `{` is followed later by an unescaped `}`: a GIFT answer block. A
 * single pass, where a lazy regular expression would rescan the rest of the file from every `{`.
 */
function hasAnswerBlock(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "{") open = true;
    else if (c === "}" && open) return true;
  }
  return false;
}

/** Reads the questions of a file in the given format. */
export function parseQuestionsFile(format: ImportFormat, text: string): ParsedFile {
  if (format === "gift") return parseGift(text);
  if (format === "aiken") return parseAiken(text);
  return parseQuestionsJson(text);
}
