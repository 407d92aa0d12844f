import type { MessageKey } from "../i18n/msg.js";
import { aiken } from "./aiken/index.js";
import { anki } from "./anki/index.js";
import { ANKI_HEADER } from "./anki/parse.js";
import type { ParsedFile } from "./draft.js";
import type { InterchangeFormat } from "./format.js";
import { gift } from "./gift/index.js";
import { json } from "./json/index.js";
import { xml } from "./xml/index.js";

/**
 * Every interchange format, one folder each, in the order messages list them. A format is added
 * here, with its import, and nowhere else (the commands' `--format` choices: see
 * docs/ARCHITECTURE.md).
 */
export const FORMATS = [gift, xml, aiken, anki, json] as const;

type Format = (typeof FORMATS)[number];

/** Formats `newsquiz import` reads. */
export const importFormats = FORMATS.filter((f) => f.read).map((f) => f.id as ImportFormat);
export type ImportFormat = Format["id"];

/** Formats `newsquiz export` writes. */
export const exportFormats = FORMATS.filter((f) => f.write).map((f) => f.id as ExportFormat);
export type ExportFormat = Format["id"];

/** What each format is called in messages. */
export const FORMAT_NAMES = Object.fromEntries(FORMATS.map((f) => [f.id, f.title])) as Record<
  ImportFormat,
  string
>;

/** The format named by its id. */
export function formatOf(id: ImportFormat | ExportFormat): InterchangeFormat {
  return FORMATS.find((f) => f.id === id)!;
}

/** The format `newsquiz export` writes to a file of this name, by its extension. */
export function formatOfOutput(fileName: string): ExportFormat | undefined {
  const name = fileName.toLowerCase();
  return FORMATS.find((f) => f.write && f.extension && name.endsWith(f.extension))?.id;
}

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
  return FORMATS.find((f) => f.read && f.readsName?.test(name))?.id;
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
  return formatOf(format).read!(text);
}
