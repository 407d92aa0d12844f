import type { Said } from "../../i18n/msg.js";
import type { WrittenQuestion } from "../../question/model.js";
import { blankQuestion } from "../../question/types/cloze/index.js";
import { defaultShare } from "../choices.js";
import type { ExportNote, ExportResult } from "../draft.js";
import { type FormatName, type OfType, type TypeWriters, writerOf } from "../type-writers.js";
import { escapeGift } from "./escape.js";
import { metaTag } from "./meta.js";

type Q<T extends WrittenQuestion["type"]> = OfType<T>;
type Choice = Q<"single">["choices"][number];
type Note = (message: Said) => void;

const BLANK = "_____";
// Texts that a reader would take for a weight or a format tag if written as they are.
const LOOKS_LIKE_WEIGHT = /^\s*%-?\d+(?:\.\d+)?%/;
const LOOKS_LIKE_FORMAT = /^\[(?:html|moodle|plain|markdown)\]/;

/**
 * Writes questions as GIFT that Moodle imports and newsquiz reads back unchanged. Ordering
 * questions, which GIFT lacks, become matching questions on positions 1..n (playable in Moodle),
 * marked `// [newsquiz-type:ordering]` so that newsquiz reads them back as ordering.
 */
export function writeGift(questions: readonly WrittenQuestion[]): ExportResult {
  const notes: ExportNote[] = [];
  const out: string[] = [];
  let category: string | undefined;
  let count = 0;
  for (const q of questions) {
    if ((q.category ?? "") !== (category ?? "")) {
      out.push(`$CATEGORY: ${(q.category ?? "").replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}\n`);
      category = q.category;
    }
    const text = writeQuestion(q, (message) => notes.push({ question: q.id, message }));
    if (text === undefined) continue;
    out.push(`${text}\n`);
    count++;
  }
  return { text: out.join("\n"), notes, count };
}

/**
 * A question as GIFT writes it: the meta comments its type adds (after the id and tags), and
 * either its whole text after the head (cloze, description) or its answer block; an
 * `embeddable` block may stand where the prompt has a _____ (a missing-word question).
 */
type GiftQuestion = { comments?: string[] } & (
  | { text: string }
  | { block: string; embeddable: boolean }
);

const GIFT: FormatName = { name: "GIFT" };

/** Every type GIFT holds, each as Moodle's GIFT importer reads it. */
const GIFT_TYPES: TypeWriters<GiftQuestion, Note> = {
  single: (q) => ({
    block: q.choices
      .map((c) => `\t${c.correct ? "=" : "~"}${singleWeight(c)}${choiceText(c)}`)
      .join("\n"),
    embeddable: true,
  }),
  multiple: (q) => {
    const share = defaultShare(q.choices.filter((c) => c.correct).length);
    return {
      block: q.choices
        .map((c) => `\t~%${weight(c.weight ?? (c.correct ? share : -share))}%${choiceText(c)}`)
        .join("\n"),
      embeddable: true,
    };
  },
  truefalse: (q) => {
    const fb = [q.feedbackWrong, q.feedbackRight].map((f) => (f === undefined ? "" : guard(f)));
    const tail = fb[1] !== "" ? `#${fb[0]}#${fb[1]}` : fb[0] !== "" ? `#${fb[0]}` : "";
    return { block: `${q.answer ? "TRUE" : "FALSE"}${tail}`, embeddable: true };
  },
  numeric: (q) => ({
    comments: q.unit !== undefined ? [`// ${metaTag("newsquiz-unit", q.unit)}`] : [],
    block: numericBlock(q),
    embeddable: true,
  }),
  short: (q, note) => ({ block: shortBlock(q, note), embeddable: true }),
  matching: (q, note) => ({
    block: q.pairs
      .map((p) => {
        if (p.left.includes("->")) note({ key: "export.gift.arrow-left", vars: { left: p.left } });
        return `\t=${guard(p.left)} -> ${guard(p.right)}`;
      })
      .join("\n"),
    embeddable: false,
  }),
  ordering: (q) => ({
    comments: [`// ${metaTag("newsquiz-type", "ordering")}`],
    block: q.items.map((item, i) => `\t=${i + 1} -> ${guard(item)}`).join("\n"),
    embeddable: false,
  }),
  essay: () => ({ block: "", embeddable: false }),
  description: (q, note) => {
    if (q.explanation !== undefined) note({ key: "export.gift.description" });
    return { text: escapeGift(q.prompt) };
  },
  cloze: (q, note) => ({ text: clozeText(q, note) }),
};

/** The question as GIFT, or undefined (said in a note) when GIFT cannot hold its type. */
function writeQuestion(q: WrittenQuestion, note: Note): string | undefined {
  const write = writerOf(GIFT_TYPES, q, GIFT, note);
  if (!write) return undefined;
  if (q.penalty !== undefined) note({ key: "export.gift.penalty" });
  if (q.sources.length > 0 || q.facts.length > 0) {
    note({ key: "export.sources", vars: { format: GIFT.name } });
  }
  // A question written in another language than its pack's says so in the pack (docs/questions.md,
  // rule 8); GIFT has no place for it, so an import reads it as in the pack's language.
  if (q.lang !== undefined) note({ key: "export.language", vars: { format: GIFT.name } });

  let head = q.title !== undefined ? `::${escapeGift(q.title)}::` : "";
  if (q.format !== undefined) head += `[${q.format}]`;
  else if (LOOKS_LIKE_FORMAT.test(q.prompt) || (head === "" && q.prompt.startsWith("//")))
    head += "[moodle]";

  const gift = write(q, note);
  const comments = [`// ${metaTag("id", q.id)}`];
  if (q.tags.length > 0) comments.push(`// ${q.tags.map((t) => metaTag("tag", t)).join(" ")}`);
  comments.push(...(gift.comments ?? []));
  if ("text" in gift) return [...comments, head + gift.text].join("\n");

  const body = gift.block;
  const explanation = q.explanation !== undefined ? `####${guard(q.explanation)}` : "";
  const block =
    body.includes("\n") || explanation !== ""
      ? `{\n${indent(body)}${body === "" ? "" : "\n"}${explanation === "" ? "" : `\t${explanation}\n`}}`
      : `{${body}}`;
  const compactBlock = body === "" && explanation !== "" ? `{${explanation}}` : block;

  // A prompt with one _____ and text after it is a missing-word question: answers go there.
  const parts = q.prompt.split(BLANK);
  if (gift.embeddable && parts.length === 2 && parts[1]!.trim() !== "") {
    return [
      ...comments,
      `${head}${escapeGift(parts[0]!)}${compactBlock}${escapeGift(parts[1]!)}`,
    ].join("\n");
  }
  return [...comments, `${head}${escapeGift(q.prompt)}${compactBlock}`].join("\n");
}

/** The answer block of a question of a type GIFT writes with one (a cloze question's blank). */
function blockOf(q: WrittenQuestion, note: Note): string {
  const gift = GIFT_TYPES[q.type]!(q as never, note);
  return "block" in gift ? gift.block : "";
}

function numericBlock(q: Q<"numeric">): string {
  const lone = q.answers.length === 1 && q.feedbackWrong === undefined;
  const only = q.answers[0];
  if (lone && only && only.weight === undefined && only.feedback === undefined) {
    return `#${numericValue(only)}`;
  }
  const lines = q.answers.map((a) => {
    const w = a.weight !== undefined && a.weight !== 100 ? `%${weight(a.weight)}%` : "";
    return `\t=${w}${numericValue(a)}${feedback(a.feedback)}`;
  });
  if (q.feedbackWrong !== undefined) lines.push(`\t~${feedback(q.feedbackWrong)}`);
  return `#\n${lines.join("\n")}`;
}

function shortBlock(q: Q<"short">, note: Note): string {
  if (q.caseSensitive) note({ key: "export.case-sensitive" });
  const lines = q.answers.map((a) => {
    const { text, weight: w, feedback: fb } = typeof a === "string" ? { text: a } : a;
    if (text.includes("->")) note({ key: "export.gift.arrow-answer", vars: { text } });
    const shown =
      w !== undefined && w !== 100 ? `%${weight(w)}%` : LOOKS_LIKE_WEIGHT.test(text) ? "%100%" : "";
    return `\t=${shown}${guard(text)}${feedback(fb)}`;
  });
  if (q.feedbackWrong !== undefined) lines.push(`\t=%0%*${feedback(q.feedbackWrong)}`);
  return lines.join("\n");
}

/**
 * A cloze question as text with one answer block where each blank stands, the explanation in the
 * last one. Moodle's GIFT importer reads only the first block: Moodle XML keeps cloze questions.
 */
function clozeText(q: Q<"cloze">, note: Note): string {
  note({ key: "export.gift.cloze-moodle" });
  if (q.blanks.length === 1) note({ key: "export.gift.one-blank" });
  if (q.blanks.some((b) => b.mark !== undefined)) note({ key: "export.gift.blank-marks" });
  if (q.blanks.some((b) => "shuffle" in b || "layout" in b))
    note({ key: "export.gift.blank-shown" });
  if (q.blanks.some((b) => b.type === "short" && b.caseSensitive))
    note({ key: "export.case-sensitive" });
  const parts = q.prompt.split(/\{#(\d+)\}/);
  let out = "";
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      out += escapeGift(part);
      return;
    }
    const n = Number(part);
    const body = blockOf(blankQuestion(q, n - 1) as WrittenQuestion, note)
      .replace(/\n\t?/g, " ")
      .trim();
    const last = i === parts.length - 2;
    const explanation = last && q.explanation !== undefined ? ` ####${guard(q.explanation)}` : "";
    out += `{${body}${explanation}}`;
  });
  return out;
}

function singleWeight(c: Choice): string {
  if (c.correct) return LOOKS_LIKE_WEIGHT.test(c.text) ? "%100%" : "";
  if (c.weight !== undefined && c.weight !== 0) return `%${weight(c.weight)}%`;
  return LOOKS_LIKE_WEIGHT.test(c.text) ? "%0%" : "";
}

function choiceText(c: Choice): string {
  return `${guard(c.text)}${feedback(c.feedback)}`;
}

function feedback(text: string | undefined): string {
  return text === undefined ? "" : `#${guard(text)}`;
}

/** An answer or feedback text, escaped, with a `[moodle]` tag first if it starts like a tag. */
function guard(text: string): string {
  return (LOOKS_LIKE_FORMAT.test(text) ? "[moodle]" : "") + escapeGift(text);
}

function numericValue(a: Q<"numeric">["answers"][number]): string {
  if (a.value === undefined) return `${a.min}..${a.max}`;
  return a.tolerance ? `${a.value}:${a.tolerance}` : String(a.value);
}

/** A weight as Moodle accepts it: at most five decimals. */
function weight(w: number): string {
  return String(Number(w.toFixed(5)));
}

/** Every line of an answer block one tab in, as Moodle's own examples lay them out. */
function indent(body: string): string {
  return body
    .split("\n")
    .map((line) => (line.startsWith("\t") ? line : `\t${line}`))
    .join("\n");
}
