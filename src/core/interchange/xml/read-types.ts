import type { Said } from "../../i18n/msg.js";
import { choiceFields, type MoodleChoice } from "../choices.js";
import { readMoodleCloze } from "./cloze-syntax.js";

/** An element as fast-xml-parser gives it: attributes under `@name`, children by name. */
export type Node = Record<string, unknown>;

/** A question's fields by type, or why it cannot be read. */
/** A question's fields, or why it cannot be read. */
type Reader = (q: Node) => Record<string, unknown> | { error: Said };

/** The text of an element holding `<text>` (or the element's own text): trimmed, as Moodle does. */
export function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node).trim();
  if (Array.isArray(node)) return text(node[0]);
  const n = node as Node;
  if ("text" in n) return text(n.text);
  if ("#text" in n) return text(n["#text"]);
  return "";
}

/** newsquiz's format for Moodle's: html (also when absent, as Moodle assumes), plain, markdown. */
export function textFormat(node: unknown): string | undefined {
  const format = String((node as Node | undefined)?.["@format"] ?? "html").trim();
  if (format === "moodle_auto_format") return undefined;
  if (format === "plain_text" || format === "wiki_like") return "plain";
  return format === "markdown" ? "markdown" : "html";
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

/** Moodle's fraction attribute, in percent. */
function fraction(a: Node): number {
  const f = Number(a["@fraction"] ?? 0);
  return Number.isFinite(f) ? f : 0;
}

function feedback(a: Node): string | undefined {
  return text(a.feedback) || undefined;
}

const isTrue = (value: unknown, otherwise: boolean) =>
  value === undefined ? otherwise : !["false", "0", ""].includes(String(value).trim());

const multichoice: Reader = (q) => {
  // Moodle leaves out answers with an empty text.
  const answers = list(q.answer).filter((a) => text(a) !== "");
  if (answers.length < 2) return { error: { key: "xml.few-answers" } };
  const single = isTrue(q.single, true);
  const choices: MoodleChoice[] = answers.map((a) => ({
    text: text(a),
    correct: single ? fraction(a) >= 100 : fraction(a) > 0,
    weight: fraction(a),
    feedback: feedback(a),
  }));
  if (!choices.some((c) => c.correct)) {
    return single
      ? { error: { key: "xml.no-right-single" } }
      : { error: { key: "xml.no-right-multiple" } };
  }
  return choiceFields(single ? "single" : "multiple", choices);
};

const truefalse: Reader = (q) => {
  const answers = list(q.answer);
  const find = (value: string) => answers.find((a) => text(a).toLowerCase() === value);
  const yes = find("true") ?? answers[0];
  const no = find("false") ?? answers[1];
  if (!yes || !no) return { error: { key: "xml.truefalse" } };
  const answer = fraction(yes) >= 100;
  return {
    type: "truefalse",
    answer,
    feedbackRight: feedback(answer ? yes : no),
    feedbackWrong: feedback(answer ? no : yes),
  };
};

const shortanswer: Reader = (q) => {
  let feedbackWrong: string | undefined;
  const answers: unknown[] = [];
  for (const a of list(q.answer)) {
    const t = text(a);
    if (t === "") continue;
    const weight = fraction(a);
    // `*` at 0 % matches anything: what newsquiz calls the feedback for any other answer.
    if (t === "*" && weight === 0) {
      feedbackWrong = feedback(a);
      continue;
    }
    const fb = feedback(a);
    answers.push(
      weight === 100 && fb === undefined
        ? t
        : { text: t, weight: weight === 100 ? undefined : weight, feedback: fb },
    );
  }
  if (!answers.some((a) => typeof a === "string" || (a as { weight?: number }).weight !== 0))
    return { error: { key: "xml.no-marks" } };
  const caseSensitive = isTrue(q.usecase, false) || undefined;
  return { type: "short", answers, caseSensitive, feedbackWrong };
};

const numerical: Reader = (q) => {
  let feedbackWrong: string | undefined;
  const answers: Record<string, unknown>[] = [];
  for (const a of list(q.answer)) {
    const t = text(a);
    if (t === "*" || t === "") {
      feedbackWrong = feedback(a);
      continue;
    }
    const value = Number(t.replace(",", "."));
    const tolerance = Math.abs(Number(text(a.tolerance) || 0));
    if (!Number.isFinite(value) || !Number.isFinite(tolerance))
      return { error: { key: "xml.not-number", vars: { text: JSON.stringify(t) } } };
    const answer: Record<string, unknown> = tolerance > 0 ? { value, tolerance } : { value };
    if (fraction(a) !== 100) answer.weight = fraction(a);
    if (feedback(a) !== undefined) answer.feedback = feedback(a);
    answers.push(answer);
  }
  if (answers.length === 0) return { error: { key: "xml.no-number" } };
  const units = list((q.units as Node | undefined)?.unit);
  const base = units.find((u) => Number(text(u.multiplier) || 1) === 1);
  return {
    type: "numeric",
    answers,
    unit: base ? text(base.unit_name) || undefined : undefined,
    feedbackWrong,
  };
};

const matching: Reader = (q) => {
  const pairs = list(q.subquestion)
    .map((s) => ({ left: text(s), right: text(s.answer) }))
    .filter((p) => p.right !== "");
  if (pairs.filter((p) => p.left !== "").length < 2) return { error: { key: "xml.few-pairs" } };
  return { type: "matching", pairs };
};

/** Moodle's ordering plugin (qtype_ordering): the answers' fractions are their positions. */
const ordering: Reader = (q) => {
  const items = list(q.answer)
    .map((a, i) => ({ text: text(a), at: fraction(a) || i + 1 }))
    .filter((a) => a.text !== "")
    .sort((a, b) => a.at - b.at)
    .map((a) => a.text);
  if (items.length < 2) return { error: { key: "xml.few-items" } };
  return { type: "ordering", items };
};

/** Moodle's embedded answers: the blanks are written inside the question text. */
const cloze: Reader = (q) => {
  const read = readMoodleCloze(text(q.questiontext));
  if ("error" in read) return read;
  if (read.blanks.length === 0) return { error: { key: "xml.no-blank" } };
  return { type: "cloze", prompt: read.prompt, blanks: read.blanks };
};

/** Readers by Moodle's type attribute (match is an older name of matching). */
export const readers: Record<string, Reader> = {
  multichoice,
  truefalse,
  shortanswer,
  numerical,
  matching,
  match: matching,
  ordering,
  cloze,
  multianswer: cloze,
  essay: () => ({ type: "essay" }),
  description: () => ({ type: "description" }),
};
