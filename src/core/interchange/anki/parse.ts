import type { MessageKey, Said } from "../../i18n/msg.js";
// Anki's text import (File > Import, "Text separated by tabs or semicolons"), written for newsquiz:
// Anki's file headers (#separator, #html, #tags, #columns, #notetype, #deck, #tags column,
// #notetype column, #deck column, #guid column) say how to read the rows, which are CSV-like
// (a field may be quoted, with quotes doubled, and then hold separators and line breaks). No
// library reads these headers, so this small reader does; it follows Anki's manual.
import { htmlToText } from "../../text/html-text.js";
import type { DraftQuestion, ImportIssue, ParsedFile } from "../draft.js";
import { ANKI_HEADER } from "./header.js";

const SEPARATORS: Record<string, string> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  space: " ",
  pipe: "|",
  colon: ":",
};

/** Words longer than this on the back make a card an essay (read, then compared by the reader). */
const SHORT_BACK_WORDS = 6;

interface Headers {
  separator?: string;
  html: boolean;
  tags: string[];
  columns?: string[];
  notetype?: string;
  deck?: string;
  tagsColumn?: number;
  notetypeColumn?: number;
  deckColumn?: number;
  guidColumn?: number;
}

/**
 * Reads Anki notes as questions. A note is a front and a back (the note type's first two fields,
 * or the columns named Front and Back): a back of a few words without a line break becomes a
 * short-answer question accepting it, a longer back an essay whose explanation it is (shown after
 * answering, not scored). Tags, the deck (as the category) and HTML fields are kept; a Cloze note
 * type, or a row with fewer than two fields, is reported at its line and skipped.
 */
export function parseAnki(text: string): ParsedFile {
  const headers: Headers = { html: false, tags: [] };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let body = 0;
  for (; body < lines.length; body++) {
    const line = lines[body]!;
    const match = ANKI_HEADER.exec(line);
    if (!match) break;
    readHeader(headers, match[1]!.toLowerCase(), line.slice(match[0].length).trim());
  }
  const separator = headers.separator ?? guessSeparator(lines.slice(body));
  const drafts: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  for (const row of splitRows(lines.slice(body).join("\n"), separator, body + 1)) {
    const note = noteOf(row.fields, headers);
    const where = row.line;
    if (note.notetype && /cloze/i.test(note.notetype)) {
      issues.push({
        line: where,
        message: { key: "anki.cloze", vars: { type: JSON.stringify(note.notetype) } },
      });
      continue;
    }
    const field = (t: string | undefined) =>
      headers.html ? htmlToText(t ?? "") : (t ?? "").trim();
    const front = field(note.front);
    const back = field(note.back);
    if (front === "" || back === "") {
      issues.push({
        line: where,
        message: {
          key: front === "" ? "anki.empty-front" : "anki.empty-back",
          vars: { separator: separatorName(separator) },
        },
      });
      continue;
    }
    const isShort = !back.includes("\n") && back.split(/\s+/).length <= SHORT_BACK_WORDS;
    const data: Record<string, unknown> = isShort
      ? { type: "short", prompt: front, answers: [back] }
      : { type: "essay", prompt: front, explanation: back };
    if (note.tags.length > 0) data.tags = note.tags;
    if (note.deck) data.category = note.deck;
    drafts.push({ line: where, data });
  }
  return { drafts, issues };
}

function readHeader(h: Headers, key: string, value: string): void {
  const column = () => {
    const n = Number.parseInt(value, 10);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  if (key === "separator") h.separator = SEPARATORS[value.toLowerCase()] ?? value.slice(0, 1);
  else if (key === "html") h.html = value.toLowerCase() === "true";
  else if (key === "tags") h.tags = value.split(/\s+/).filter(Boolean);
  else if (key === "columns") h.columns = value.split(h.separator ?? /\t|;|,/);
  else if (key === "notetype") h.notetype = value;
  else if (key === "deck") h.deck = value;
  else if (key === "tags column") h.tagsColumn = column();
  else if (key === "notetype column") h.notetypeColumn = column();
  else if (key === "deck column") h.deckColumn = column();
  else if (key === "guid column") h.guidColumn = column();
}

/** Anki guesses tab, then semicolon, then comma, from the first line. */
function guessSeparator(lines: string[]): string {
  const first = lines.find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  return ["\t", ";", ","].find((s) => first.includes(s)) ?? "\t";
}

function separatorName(separator: string): Said | string {
  const name = Object.entries(SEPARATORS).find(([, s]) => s === separator)?.[0];
  return name ? { key: `anki.separator.${name}` as MessageKey } : JSON.stringify(separator);
}

interface Note {
  front?: string;
  back?: string;
  tags: string[];
  deck?: string;
  notetype?: string;
}

/** The fields that make a note, once the columns the headers reserve are set apart. */
function noteOf(fields: string[], h: Headers): Note {
  const at = (n: number | undefined) => (n === undefined ? undefined : fields[n - 1]);
  const reserved = new Set([h.tagsColumn, h.notetypeColumn, h.deckColumn, h.guidColumn]);
  const named = (name: string) => {
    const i = h.columns?.findIndex((c) => c.trim().toLowerCase() === name) ?? -1;
    return i >= 0 ? fields[i] : undefined;
  };
  const content = fields.filter((_, i) => !reserved.has(i + 1));
  return {
    front: named("front") ?? content[0],
    back: named("back") ?? content[1],
    tags: [...h.tags, ...(at(h.tagsColumn)?.split(/\s+/).filter(Boolean) ?? [])],
    deck: at(h.deckColumn)?.trim() || h.deck,
    notetype: at(h.notetypeColumn)?.trim() || h.notetype,
  };
}

/**
 * Rows of fields: a field between double quotes may hold the separator, line breaks and `""`
 * for a quote; an unquoted line starting with `#` is a comment; blank lines are skipped.
 */
function splitRows(
  text: string,
  separator: string,
  firstLine: number,
): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let line = firstLine;
  let i = 0;
  while (i < text.length) {
    const start = line;
    if (text[i] === "\n") {
      i++;
      line++;
      continue;
    }
    if (text[i] === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (text[i] === '"') {
        i++;
        for (; i < text.length; i++) {
          if (text[i] === '"' && text[i + 1] === '"') {
            value += '"';
            i++;
          } else if (text[i] === '"') {
            i++;
            break;
          } else {
            if (text[i] === "\n") line++;
            value += text[i];
          }
        }
      }
      while (i < text.length && text[i] !== "\n" && !text.startsWith(separator, i)) {
        value += text[i++];
      }
      fields.push(value);
      if (text.startsWith(separator, i)) {
        i += separator.length;
        continue;
      }
      break;
    }
    rows.push({ line: start, fields });
  }
  return rows;
}
