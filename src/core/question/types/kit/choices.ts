import type { z } from "zod";
import type { Random } from "../../../random.js";
import { inertLine } from "../../../text/inert.js";
import type { choice } from "../../parts.js";
import type { Shown } from "../answer-type.js";
import type { ChoiceReview, ScreenRow } from "../faces.js";
import { maybeText } from "./as-text.js";

// What the types the reader answers by picking among listed texts share: numbered lines, rows
// with a cursor, the order they are shown in.

/** A choice as a pack holds it. */
export type Choice = z.output<typeof choice>;

/** The texts as line mode numbers them: "  1. text". */
export function numbered(texts: readonly string[]): string[] {
  return texts.map((text, i) => `  ${i + 1}. ${inertLine(text)}`);
}

/** The texts as rows of the full screen, the cursor's selected; `marks` goes before each number. */
export function choiceRows(
  texts: readonly string[],
  cursor: number,
  marks?: (k: number) => string,
): ScreenRow[] {
  return texts.map((text, k) => {
    const here = k === cursor;
    return {
      kind: "item",
      marker: `${here ? "›" : " "} ${marks ? marks(k) : ""}${k + 1}. `,
      text: inertLine(text),
      tone: here ? "selected" : "normal",
      ...(here ? { focus: true as const } : {}),
    };
  });
}

/** The texts as the choices of a prompt, numbered, each worth its number. */
export function promptChoices(texts: readonly string[]): { name: string; value: string }[] {
  return texts.map((text, k) => ({ name: `${k + 1}. ${inertLine(text)}`, value: String(k + 1) }));
}

/** Choices with their texts and feedback converted (an HTML question shown as text). */
export function choicesAsText(choices: readonly Choice[], toText: (html: string) => string) {
  return choices.map((c) => ({
    ...c,
    text: toText(c.text),
    feedback: maybeText(c.feedback, toText),
  }));
}

/** A choice question with its choices converted: the `asText` hook of the types that list choices. */
export function choiceQuestionAsText<Q extends { choices: Choice[] }>(
  q: Q,
  toText: (html: string) => string,
): Q {
  return { ...q, choices: choicesAsText(q.choices, toText) };
}

/** The `present` hook of the types that list choices: their display order. */
export function presentChoices(
  question: { choices: readonly Choice[]; kind: string },
  random: Random,
  previous: { choiceOrder: readonly number[] } | undefined,
): { choiceOrder: number[] } {
  return { choiceOrder: choiceOrder(question, random, previous) };
}

/** The texts of the choices in the order they are shown. */
export function shownChoices(item: Shown<{ choices: readonly Choice[] }>): string[] {
  return item.choiceOrder.map((i) => item.question.choices[i]!.text);
}

/**
 * The display order of a question's choices. Hand-written choices are shuffled (packs list the
 * right one first); generated ones already come shuffled by their generator, so `newsquiz
 * questions` and the quiz show the same order. Asked again (`previous`), they are shuffled anew,
 * never in the order they had.
 */
function choiceOrder(
  question: { choices: readonly Choice[]; kind: string },
  random: Random,
  previous: { choiceOrder: readonly number[] } | undefined,
): number[] {
  const indices = question.choices.map((_, i) => i);
  if (previous) return shuffleAway(random, indices, previous.choiceOrder);
  return question.kind === "written" ? random.shuffle(indices) : indices;
}

/**
 * The indices shuffled, never in the order `before` showed them when there are several: a
 * question asked again must not show its choices where they were.
 */
function shuffleAway(random: Random, indices: number[], before: readonly number[]): number[] {
  const order = random.shuffle(indices);
  if (order.length > 1 && order.every((v, i) => v === before[i])) {
    return [...order.slice(1), order[0]!];
  }
  return order;
}

/** The right choices' texts, joined: the right answer to a choice question. */
export function rightChoices(choices: readonly Choice[], separator: string): string {
  return choices
    .filter((c) => c.correct)
    .map((c) => c.text)
    .join(separator);
}

/** The choices as shown, each marked right or picked, with its own feedback. */
export function choiceReview(
  item: Shown<{ choices: readonly Choice[] }>,
  picked: (choice: number) => boolean,
): ChoiceReview {
  const rows = item.choiceOrder.map((i) => {
    const c = item.question.choices[i]!;
    return { text: c.text, correct: c.correct, picked: picked(i), feedback: c.feedback };
  });
  return { rows, gradeFeedback: false };
}

/** The choices as line mode lists them: numbered, in the order they are shown. */
export function numberedChoices(item: Shown<{ choices: readonly Choice[] }>): string[] {
  return numbered(shownChoices(item));
}

/**
 * What single choice and multiple answers are alike in: graded, reviewed choice by choice, their
 * choices put in text and shuffled the same way.
 */
export const CHOICE_TYPE = {
  answered: "graded",
  reviewLevel: "choice",
  asText: choiceQuestionAsText,
  present: presentChoices,
} as const;
