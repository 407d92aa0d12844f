import type { WrittenQuestion } from "../../question/model.js";
import { blankQuestion } from "../../question/types/cloze/index.js";
import { defaultShare } from "../choices.js";
import type { ExportNote, ExportResult } from "../draft.js";
import { escapeGift } from "./escape.js";
import { metaTag } from "./meta.js";

type Q<T extends WrittenQuestion["type"]> = Extract<WrittenQuestion, { type: T }>;
type Choice = Q<"single">["choices"][number];

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
  for (const q of questions) {
    if ((q.category ?? "") !== (category ?? "")) {
      out.push(`$CATEGORY: ${(q.category ?? "").replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}\n`);
      category = q.category;
    }
    out.push(`${writeQuestion(q, (message) => notes.push({ question: q.id, message }))}\n`);
  }
  return { text: out.join("\n"), notes, count: questions.length };
}

function writeQuestion(q: WrittenQuestion, note: (message: string) => void): string {
  const comments = [`// ${metaTag("id", q.id)}`];
  if (q.tags.length > 0) comments.push(`// ${q.tags.map((t) => metaTag("tag", t)).join(" ")}`);
  if (q.type === "ordering") comments.push(`// ${metaTag("newsquiz-type", "ordering")}`);
  if (q.type === "numeric" && q.unit !== undefined)
    comments.push(`// ${metaTag("newsquiz-unit", q.unit)}`);
  if (q.penalty !== undefined)
    note("its penalty is not written (GIFT has no place for it; Moodle XML has)");
  if (q.sources.length > 0 || q.facts.length > 0) {
    note("its sources and facts are not written (GIFT cannot hold them; JSON can)");
  }

  let head = q.title !== undefined ? `::${escapeGift(q.title)}::` : "";
  if (q.format !== undefined) head += `[${q.format}]`;
  else if (LOOKS_LIKE_FORMAT.test(q.prompt) || (head === "" && q.prompt.startsWith("//")))
    head += "[moodle]";

  if (q.type === "cloze") return [...comments, head + clozeText(q, note)].join("\n");
  if (q.type === "description") {
    if (q.explanation !== undefined)
      note("its explanation is not written (a GIFT description has no feedback)");
    return [...comments, head + escapeGift(q.prompt)].join("\n");
  }
  const body = answerBlock(q, note);
  const explanation = q.explanation !== undefined ? `####${guard(q.explanation)}` : "";
  const block =
    body.includes("\n") || explanation !== ""
      ? `{\n${indent(body)}${body === "" ? "" : "\n"}${explanation === "" ? "" : `\t${explanation}\n`}}`
      : `{${body}}`;
  const compactBlock = body === "" && explanation !== "" ? `{${explanation}}` : block;

  // A prompt with one _____ and text after it is a missing-word question: answers go there.
  const parts = q.prompt.split(BLANK);
  const embeddable = ["single", "multiple", "short", "numeric", "truefalse"].includes(q.type);
  if (embeddable && parts.length === 2 && parts[1]!.trim() !== "") {
    return [
      ...comments,
      `${head}${escapeGift(parts[0]!)}${compactBlock}${escapeGift(parts[1]!)}`,
    ].join("\n");
  }
  return [...comments, `${head}${escapeGift(q.prompt)}${compactBlock}`].join("\n");
}

function answerBlock(q: WrittenQuestion, note: (message: string) => void): string {
  switch (q.type) {
    case "single":
      return q.choices
        .map((c) => `\t${c.correct ? "=" : "~"}${singleWeight(c)}${choiceText(c)}`)
        .join("\n");
    case "multiple": {
      const share = defaultShare(q.choices.filter((c) => c.correct).length);
      return q.choices
        .map((c) => `\t~%${weight(c.weight ?? (c.correct ? share : -share))}%${choiceText(c)}`)
        .join("\n");
    }
    case "truefalse": {
      const fb = [q.feedbackWrong, q.feedbackRight].map((f) => (f === undefined ? "" : guard(f)));
      const tail = fb[1] !== "" ? `#${fb[0]}#${fb[1]}` : fb[0] !== "" ? `#${fb[0]}` : "";
      return `${q.answer ? "TRUE" : "FALSE"}${tail}`;
    }
    case "numeric": {
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
    case "short": {
      if (q.caseSensitive)
        note("case-sensitive matching is not written (GIFT has no place for it)");
      const lines = q.answers.map((a) => {
        const { text, weight: w, feedback: fb } = typeof a === "string" ? { text: a } : a;
        if (text.includes("->"))
          note(`answer "${text}" holds ->, which Moodle reads as a matching pair`);
        const shown =
          w !== undefined && w !== 100
            ? `%${weight(w)}%`
            : LOOKS_LIKE_WEIGHT.test(text)
              ? "%100%"
              : "";
        return `\t=${shown}${guard(text)}${feedback(fb)}`;
      });
      if (q.feedbackWrong !== undefined) lines.push(`\t=%0%*${feedback(q.feedbackWrong)}`);
      return lines.join("\n");
    }
    case "matching":
      return q.pairs
        .map((p) => {
          if (p.left.includes("->"))
            note(`left side "${p.left}" holds ->, which GIFT cannot escape`);
          return `\t=${guard(p.left)} -> ${guard(p.right)}`;
        })
        .join("\n");
    case "ordering":
      return q.items.map((item, i) => `\t=${i + 1} -> ${guard(item)}`).join("\n");
    default:
      return "";
  }
}

/**
 * A cloze question as text with one answer block where each blank stands, the explanation in the
 * last one. Moodle's GIFT importer reads only the first block: Moodle XML keeps cloze questions.
 */
function clozeText(q: Q<"cloze">, note: (message: string) => void): string {
  note("Moodle's GIFT importer reads one blank per question: use Moodle XML for Moodle");
  if (q.blanks.length === 1)
    note("a cloze question with one blank is written as a missing-word question");
  if (q.blanks.some((b) => b.mark !== undefined))
    note("the marks of its blanks are not written (GIFT has no place for them)");
  if (q.blanks.some((b) => "shuffle" in b || "layout" in b))
    note("how its choices are shown is not written (GIFT has no place for it)");
  if (q.blanks.some((b) => b.type === "short" && b.caseSensitive))
    note("case-sensitive matching is not written (GIFT has no place for it)");
  const parts = q.prompt.split(/\{#(\d+)\}/);
  let out = "";
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      out += escapeGift(part);
      return;
    }
    const n = Number(part);
    const body = answerBlock(blankQuestion(q, n - 1) as WrittenQuestion, note)
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
