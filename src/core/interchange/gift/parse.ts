// A GIFT reader written for newsquiz: no maintained TypeScript GIFT parser exists, and the
// PEG.js grammar that comes closest reads several things differently from Moodle. This one follows
// Moodle's own importer (question/format/gift/format.php) on every point of meaning: blank lines
// separate questions, the type is told from the answer block in Moodle's order, `=`/`~`/`%w%`/`#`
// mean what Moodle makes of them. It differs where Moodle would silently import garbage (a second
// answer block, text before the first choice, an unclosed title): those are reported instead.
import type { DraftQuestion, ImportIssue, ParsedFile } from "../draft.js";
import { blockFields } from "./answers.js";
import { type GiftBlock, lineAt, splitBlocks } from "./blocks.js";
import { clozeFields } from "./cloze.js";
import { indexOfUnescaped, unescapeGift } from "./escape.js";
import { readMeta } from "./meta.js";
import { GiftSyntaxError, giftText, quote, splitFormat } from "./text.js";

/** Reads a GIFT file: every well-formed question, and one issue per malformed one. */
export function parseGift(text: string): ParsedFile {
  const drafts: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  let category: string | undefined;
  for (const block of splitBlocks(text)) {
    if (block.text.trim() === "") continue;
    if (block.blankInside !== undefined) {
      issues.push({
        line: block.blankInside,
        message: { key: "gift.blank-inside", vars: { line: block.lines[0]! } },
      });
      continue;
    }
    try {
      let from = block.text.length - block.text.trimStart().length;
      if (block.text.startsWith("$CATEGORY:", from)) {
        const end = block.text.indexOf("\n", from);
        const name = unescapeGift(block.text.slice(from + 10, end < 0 ? undefined : end)).trim();
        category = name === "" ? undefined : name;
        if (end < 0 || block.text.slice(end).trim() === "") continue;
        from = end + 1;
      }
      drafts.push(parseQuestion(block, from, category));
    } catch (error) {
      if (!(error instanceof GiftSyntaxError)) throw error;
      issues.push({ line: lineAt(block, error.offset), message: error.said });
    }
  }
  return { drafts, issues };
}

function parseQuestion(
  block: GiftBlock,
  from: number,
  category: string | undefined,
): DraftQuestion {
  const text = block.text;
  let pos = from + (text.length - from - text.slice(from).trimStart().length);
  const line = lineAt(block, pos);
  let title: string | undefined;
  if (text.startsWith("::", pos)) {
    const end = indexOfUnescaped(text, "::", pos + 2);
    if (end < 0) {
      throw new GiftSyntaxError(pos, "gift.title-open");
    }
    title = giftText(text.slice(pos + 2, end), undefined) || undefined;
    pos = end + 2;
  }
  const open = indexOfUnescaped(text, "{", pos);
  if (open >= 0 && text.startsWith("{{", open)) {
    const end = text.indexOf("}}", open);
    throw new GiftSyntaxError(open, "gift.template", {
      text: quote(end >= 0 ? text.slice(open, end + 2) : "{{"),
    });
  }
  const close = indexOfUnescaped(text, "}", pos);
  if (close >= 0 && (open < 0 || close < open)) {
    throw new GiftSyntaxError(close, "gift.stray-close");
  }
  if (open >= 0 && close < 0) {
    throw new GiftSyntaxError(open, "gift.unclosed");
  }
  const nested = open >= 0 ? indexOfUnescaped(text, "{", open + 1) : -1;
  if (nested >= 0 && nested < close) {
    throw new GiftSyntaxError(nested, "gift.nested");
  }
  // Several answer blocks in one text make a cloze question: each block is a blank.
  const again = open >= 0 ? indexOfUnescaped(text, "{", close + 1) : -1;
  const fields: Record<string, unknown> = {
    title,
    category,
    ...(again >= 0 ? clozeFields(text, pos, open) : oneBlockFields(text, pos, open, close)),
  };
  const meta = readMeta(block.comments);
  if (meta.tags.length > 0) fields.tags = meta.tags;
  if (meta.unit !== undefined && fields.type === "numeric") fields.unit = meta.unit;
  if (meta.type === "ordering" && fields.type === "matching") asOrdering(fields);
  return { line, idHint: meta.id, data: compact(fields) };
}

/** A question with one answer block (or none: a description). */
function oneBlockFields(
  text: string,
  pos: number,
  open: number,
  close: number,
): Record<string, unknown> {
  // Text after the answers makes a missing-word question: the answers stand where _____ is.
  const after = open >= 0 ? text.slice(close + 1) : "";
  const raw =
    open < 0
      ? text.slice(pos)
      : after.trim() === ""
        ? text.slice(pos, open)
        : `${text.slice(pos, open)}_____${after}`;
  const { format, rest } = splitFormat(raw);
  const prompt = giftText(rest, format);
  if (prompt === "") {
    throw new GiftSyntaxError(pos, "gift.no-text");
  }
  if (open < 0) return { prompt, format, type: "description" };
  return { prompt, format, ...blockFields(text, open, close, format) };
}

/** Ordering questions travel as matching on positions 1..n; newsquiz's comment turns them back. */
function asOrdering(fields: Record<string, unknown>): void {
  const pairs = fields.pairs as { left: string; right: string }[];
  const inOrder = pairs.every((p, i) => p.left === String(i + 1));
  if (!inOrder) return;
  fields.type = "ordering";
  fields.items = pairs.map((p) => p.right);
  delete fields.pairs;
}

/** The fields without the ones left undefined, so that packs and comparisons stay clean. */
export function compact<T extends Record<string, unknown>>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value)
      ? value.map((v) =>
          typeof v === "object" && v !== null ? compact(v as Record<string, unknown>) : v,
        )
      : value;
  }
  return out as T;
}
