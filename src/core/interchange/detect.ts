import type { MessageKey } from "../i18n/msg.js";
import { FORMATS, type ImportFormat } from "./registry.js";
import { isTabSeparated } from "./tab-separated.js";

/** The formats a file's content can tell, in the order they are tried. */
const SNIFFERS = FORMATS.filter((f) => f.reads && f.sniff).sort(
  (a, b) => a.sniff!.order - b.sniff!.order,
);

/**
 * The format of a file from what it holds, else from its name (`.gift`, `.xml`, `.aiken`,
 * `.json`, Moodle's `x.gift.txt`) when the content is too short to tell; undefined when it is
 * none of them (`describeContent` then says what it looks like).
 */
export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const sniffed = sniff(text);
  if (sniffed !== undefined) return sniffed === "none" ? undefined : sniffed;
  // A file that clearly is something else is not taken for what its name says.
  if (text.trim() !== "" && lookalike(text) !== undefined) return undefined;
  const name = fileName.toLowerCase();
  return FORMATS.find((f) => f.reads && f.readsName?.test(name))?.id;
}

/** The first format whose content test decides: its id, or "none"; undefined when none can tell. */
function sniff(raw: string): ImportFormat | "none" | undefined {
  const text = raw.replace(/^\uFEFF/, "");
  for (const format of SNIFFERS) {
    const said = format.sniff!.test(text);
    if (said === "this") return format.id;
    if (said === "none") return "none";
  }
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
