import type { MessageKey } from "../i18n/msg.js";
import { parseAiken } from "./aiken/parse.js";
import { ANKI_HEADER, parseAnki } from "./anki/parse.js";
import type { ParsedFile } from "./draft.js";
import { parseGift } from "./gift/parse.js";
import { parseQuestionsJson } from "./json/parse.js";
import { parseMoodleXml } from "./xml/parse.js";

/** Formats `newsquiz import` reads. */
export const importFormats = ["gift", "xml", "aiken", "anki", "json"] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Formats `newsquiz export` writes. */
export const exportFormats = ["gift", "xml", "aiken", "anki", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What each format is called in messages. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  gift: "GIFT",
  xml: "Moodle XML",
  aiken: "Aiken",
  anki: "Anki text",
  json: "newsquiz JSON",
};

/**
 * The format of a file from what it holds, else from its name (`.gift`, `.xml`, `.aiken`,
 * `.json`, Moodle's `x.gift.txt`) when the content is too short to tell; undefined when it is
 * none of them (`describeContent` then says what it looks like).
 */
export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const sniffed = sniff(text);
  if (sniffed !== undefined) return sniffed;
  // A file that clearly is something else is not taken for what its name says.
  if (text.trim() !== "" && lookalike(text) !== undefined) return undefined;
  const name = fileName.toLowerCase();
  if (/\.gift(?:\.txt)?$/.test(name)) return "gift";
  if (/\.aiken(?:\.txt)?$/.test(name)) return "aiken";
  if (name.endsWith(".json")) return "json";
  return undefined;
}

function sniff(raw: string): ImportFormat | undefined {
  const text = raw.replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (start.startsWith("<")) return /<quiz[\s>]/.test(start.slice(0, 4096)) ? "xml" : undefined;
  // A GIFT file may begin with an answer block, but then it goes on with question text.
  if (/^[[{]\s*["{[\]]/.test(start)) return "json";
  if (ANKI_HEADER.test(start.split("\n", 1)[0]!)) return "anki";
  if (/^ANSWER:\s*[A-Za-z]/m.test(text) && /^\s*[A-Z][).]/m.test(text)) return "aiken";
  if (isTabSeparated(text)) return undefined;
  if (hasAnswerBlock(text) || /^\s*(::|\$CATEGORY:)/m.test(text)) return "gift";
  return undefined;
}

/** Something the file clearly is, that newsquiz does not import. */
function lookalike(raw: string): MessageKey | undefined {
  const start = raw.replace(/^\uFEFF/, "").trimStart();
  const head = start.slice(0, 4096).toLowerCase();
  if (start === "") return "looks.empty";
  if (/^<!doctype html|^<html[\s>]/.test(head)) return "looks.html";
  if (/<questestinterop|<assessmentitem/.test(head)) return "looks.qti";
  if (start.startsWith("<")) return "looks.xml";
  if (isTabSeparated(raw)) return "looks.tabs";
  const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== "");
  const commas = lines.map((l) => l.split(",").length);
  if (lines.length >= 2 && commas[0]! > 1 && commas.every((n) => n === commas[0]))
    return "looks.csv";
  return undefined;
}

/** What a file that matches no format looks like, for the one line that refuses it. */
export function describeContent(text: string): MessageKey {
  return lookalike(text) ?? "looks.plain";
}

/** Most lines hold a tab between two texts: a spreadsheet or Anki row, not GIFT's indented answers. */
function isTabSeparated(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("//"));
  const rows = lines.filter((l) => /\S\t+\S/.test(l)).length;
  return lines.length > 0 && rows * 2 > lines.length;
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
  switch (format) {
    case "gift":
      return parseGift(text);
    case "xml":
      return parseMoodleXml(text);
    case "aiken":
      return parseAiken(text);
    case "anki":
      return parseAnki(text);
    case "json":
      return parseQuestionsJson(text);
  }
}
