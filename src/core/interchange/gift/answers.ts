import { choiceFields } from "../choices.js";
import { indexOfUnescaped, lastIndexOfUnescaped, type Segment, splitUnescaped } from "./escape.js";
import {
  type GiftFormat,
  GiftSyntaxError,
  parseGiftNumber,
  quote,
  splitWeight,
  taggedText,
} from "./text.js";

type Fields = Record<string, unknown>;

/** The GIFT question kinds, told apart the way Moodle's importer does, in the same order. */
export function answerKind(
  answers: string,
): "essay" | "numeric" | "choice" | "matching" | "truefalse" | "short" {
  if (answers === "") return "essay";
  if (answers.startsWith("#")) return "numeric";
  if (indexOfUnescaped(answers, "~") >= 0) return "choice";
  if (indexOfUnescaped(answers, "=") >= 0 && answers.includes("->")) return "matching";
  const hash = indexOfUnescaped(answers, "#");
  const head = (hash >= 0 ? answers.slice(0, hash) : answers).trim();
  return ["T", "TRUE", "F", "FALSE"].includes(head) ? "truefalse" : "short";
}

/** Text and feedback of one answer: `text#feedback`, each with an optional `[format]` tag. */
function textAndFeedback(raw: string, format: GiftFormat | undefined) {
  const hash = indexOfUnescaped(raw, "#");
  const text = taggedText(hash >= 0 ? raw.slice(0, hash) : raw, format);
  const feedback = hash >= 0 ? taggedText(raw.slice(hash + 1), format) : "";
  return { text, feedback: feedback === "" ? undefined : feedback };
}

/** Pieces of an answer list, with any text before the first marker refused. */
function items(
  answers: string,
  base: number,
  markers: string,
  before: "gift.before-first-choice" | "gift.before-first-answer" | "gift.before-first-pair",
): Segment[] {
  const segments = splitUnescaped(answers, markers);
  const first = segments[0]!;
  if (first.text.trim() !== "") {
    throw new GiftSyntaxError(base + first.offset, before, { text: quote(first.text) });
  }
  return segments.slice(1).map((s) => ({ ...s, offset: base + s.offset }));
}

/** An empty choice n (or answer); when a `#` empties it, the message says so (`=#ff0000`). */
function emptyAnswer(segment: Segment, rest: string, n?: number): GiftSyntaxError {
  const hash = rest.trimStart().startsWith("#");
  const vars = { marker: segment.marker, ...(n === undefined ? {} : { n }) };
  if (n === undefined) {
    return new GiftSyntaxError(
      segment.offset,
      hash ? "gift.empty-answer-hash" : "gift.empty-answer",
      vars,
    );
  }
  return new GiftSyntaxError(
    segment.offset,
    hash ? "gift.empty-choice-hash" : "gift.empty-choice",
    vars,
  );
}

function checkWeight(weight: number, min: number, offset: number): void {
  if (weight < min || weight > 100) {
    throw new GiftSyntaxError(offset, "gift.weight", { weight, min });
  }
}

/**
 * `{=right ~wrong ~%50%half}`. As in Moodle, any `=` makes a single-choice question in which
 * every `=` choice earns full marks (`{=a =b ~c}`: a or b); without `=`, the weights make a
 * multiple-answer one. `~=x` is read as `=x`, as Moodle does (it drops the empty choice).
 */
export function parseChoices(
  answers: string,
  base: number,
  format: GiftFormat | undefined,
): Fields {
  const segments = items(answers, base, "~=", "gift.before-first-choice");
  const kept = segments.filter(
    (s, i) => !(s.marker === "~" && s.text.trim() === "" && segments[i + 1]?.marker === "="),
  );
  const choices = kept.map((segment, n) => {
    const { weight, rest } = splitWeight(segment.text);
    if (weight !== undefined) checkWeight(weight, -100, segment.offset);
    const { text, feedback } = textAndFeedback(rest, format);
    if (text === "") throw emptyAnswer(segment, rest, n + 1);
    return { marker: segment.marker, weight, text, feedback };
  });
  if (choices.length < 2) {
    throw new GiftSyntaxError(base, "gift.one-choice");
  }
  const marked = choices.filter((c) => c.marker === "=").length;
  // Moodle makes a multiple-response question of a list with no `=`: weights say what is right.
  const correct = (c: (typeof choices)[number]) =>
    marked > 0 ? c.marker === "=" || c.weight === 100 : (c.weight ?? 0) > 0;
  const count = choices.filter(correct).length;
  if (count === 0) {
    throw new GiftSyntaxError(base, "gift.no-correct");
  }
  return choiceFields(
    marked > 0 ? "single" : "multiple",
    choices.map((c) => ({ ...c, correct: correct(c) })),
  );
}

/** `{=one =%50%two#feedback}`: accepted texts; a `%0%*` answer is the feedback for any other. */
export function parseShort(answers: string, base: number, format: GiftFormat | undefined): Fields {
  // Moodle lets a lone answer go without `=`: `{One}`.
  const source = answers.trimStart().startsWith("=") ? answers : `=${answers}`;
  const shift = source === answers ? 0 : -1;
  let feedbackWrong: string | undefined;
  const accepted: unknown[] = [];
  for (const segment of items(source, base + shift, "=", "gift.before-first-answer")) {
    const { weight, rest } = splitWeight(segment.text);
    if (weight !== undefined) checkWeight(weight, 0, segment.offset);
    const { text, feedback } = textAndFeedback(rest, format);
    if (text === "") throw emptyAnswer(segment, rest);
    if (text === "*" && (weight ?? 100) === 0) {
      feedbackWrong = feedback;
      continue;
    }
    const kept = weight === 100 ? undefined : weight;
    accepted.push(
      kept === undefined && feedback === undefined ? text : { text, weight: kept, feedback },
    );
  }
  if (!accepted.some((a) => typeof a === "string" || (a as { weight?: number }).weight !== 0)) {
    throw new GiftSyntaxError(base, "gift.no-marks-answer");
  }
  return { type: "short", answers: accepted, feedbackWrong };
}

/** `{=left -> right ...}`; a pair with nothing on the left is an extra wrong answer. */
export function parseMatching(
  answers: string,
  base: number,
  format: GiftFormat | undefined,
): Fields {
  const pairs = items(answers, base, "=", "gift.before-first-pair").map((segment) => {
    const arrow = segment.text.indexOf("->");
    if (arrow < 0) {
      throw new GiftSyntaxError(segment.offset, "gift.pair-no-arrow", {
        text: quote(segment.text),
      });
    }
    const right = taggedText(segment.text.slice(arrow + 2), format);
    if (right === "") throw new GiftSyntaxError(segment.offset, "gift.pair-empty-right");
    return { left: taggedText(segment.text.slice(0, arrow), format), right };
  });
  if (pairs.filter((p) => p.left !== "").length < 2) {
    throw new GiftSyntaxError(base, "gift.few-pairs");
  }
  return { type: "matching", pairs };
}

/** `{T}`, `{FALSE#shown when wrong#shown when right}`. */
export function parseTrueFalse(
  answers: string,
  base: number,
  format: GiftFormat | undefined,
): Fields {
  const parts = splitUnescaped(answers, "#");
  if (parts.length > 3) {
    throw new GiftSyntaxError(base + parts[3]!.offset, "gift.third-hash");
  }
  const feedback = (i: number) => {
    const raw = parts[i]?.text;
    const text = raw === undefined ? "" : taggedText(raw, format);
    return text === "" ? undefined : text;
  };
  return {
    type: "truefalse",
    answer: parts[0]!.text.trim().startsWith("T"),
    feedbackWrong: feedback(1),
    feedbackRight: feedback(2),
  };
}

/** `{#3:0.5}`, `{#1..5}`, `{#=1822:0 =%50%1822:2 ~#feedback for any other}`. */
export function parseNumeric(
  answers: string,
  base: number,
  format: GiftFormat | undefined,
): Fields {
  let body = answers.slice(1);
  let offset = base + 1;
  let feedbackWrong: string | undefined;
  const tilde = indexOfUnescaped(body, "~");
  if (tilde >= 0) {
    feedbackWrong = textAndFeedback(body.slice(tilde + 1), format).feedback;
    body = body.slice(0, tilde);
  }
  if (!body.trimStart().startsWith("=")) {
    body = `=${body}`;
    offset -= 1;
  }
  const accepted = items(body, offset, "=", "gift.before-first-answer").map((segment) => {
    const { weight, rest } = splitWeight(segment.text);
    if (weight !== undefined) checkWeight(weight, 0, segment.offset);
    const { text, feedback } = textAndFeedback(rest, format);
    const answer: Record<string, unknown> = numericValue(text, segment.offset);
    if (weight !== undefined && weight !== 100) answer.weight = weight;
    if (feedback !== undefined) answer.feedback = feedback;
    return answer;
  });
  if (accepted.length === 0) throw new GiftSyntaxError(base, "gift.no-number");
  if (accepted.every((a) => a.weight === 0)) {
    throw new GiftSyntaxError(base, "gift.no-marks-number");
  }
  return { type: "numeric", answers: accepted, feedbackWrong };
}

function numericValue(text: string, offset: number): Record<string, unknown> {
  const range = text.indexOf("..", 1);
  if (range > 0) {
    const min = parseGiftNumber(text.slice(0, range));
    const max = parseGiftNumber(text.slice(range + 2));
    if (min === undefined || max === undefined) {
      throw new GiftSyntaxError(offset, "gift.not-range", { text: quote(text) });
    }
    if (min > max) throw new GiftSyntaxError(offset, "gift.backwards", { min, max });
    return { min, max };
  }
  const colon = text.indexOf(":", 1);
  const value = parseGiftNumber(colon > 0 ? text.slice(0, colon) : text);
  const tolerance = colon > 0 ? parseGiftNumber(text.slice(colon + 1)) : 0;
  if (value === undefined || tolerance === undefined) {
    throw new GiftSyntaxError(offset, "gift.not-number", { text: quote(text) });
  }
  if (tolerance < 0) throw new GiftSyntaxError(offset, "gift.negative-tolerance", { tolerance });
  return tolerance === 0 ? { value } : { value, tolerance };
}

/** One answer block's fields: its type and answers, and the general feedback after `####`. */
export function blockFields(
  text: string,
  open: number,
  close: number,
  format: GiftFormat | undefined,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const inner = text.slice(open + 1, close);
  const feedbackAt = lastIndexOfUnescaped(inner, "####");
  if (feedbackAt >= 0) {
    const explanation = taggedText(inner.slice(feedbackAt + 4), format);
    if (explanation !== "") fields.explanation = explanation;
  }
  const answersRaw = feedbackAt >= 0 ? inner.slice(0, feedbackAt) : inner;
  const base = open + 1 + (answersRaw.length - answersRaw.trimStart().length);
  const answers = answersRaw.trim();
  const parsers = {
    essay: () => ({ type: "essay" }),
    numeric: parseNumeric,
    choice: parseChoices,
    matching: parseMatching,
    truefalse: parseTrueFalse,
    short: parseShort,
  };
  return Object.assign(fields, parsers[answerKind(answers)](answers, base, format));
}
