import type { z } from "zod";
import type { Presented } from "../../../quiz/presentation.js";
import type { Question, WrittenQuestion } from "../../model.js";
import type { blankSchema } from "./schema.js";

/** One blank of a cloze question, as a pack holds it. */
export type Blank = z.output<typeof blankSchema>;

/** A cloze question, as a pack holds it. */
export type ClozeQuestion = Extract<WrittenQuestion, { type: "cloze" }>;

/** What the reader answered in one blank; indices point into the blank's own choices. */
export type BlankResponse =
  | { type: "single"; choice: number }
  | { type: "multiple"; choices: number[] }
  | { type: "short"; text: string }
  | { type: "numeric"; value: number };

/** A cloze answer: one response per blank, null where the reader left it empty. */
export interface ClozeResponse {
  type: "cloze";
  blanks: (BlankResponse | null)[];
}

/** How blank n is written in the text shown: `[n]`. */
export function blankLabel(n: number): string {
  return `[${n}]`;
}

/** The prompt with each `{#n}` replaced by what `fill` gives for blank n. */
export function fillBlanks(prompt: string, fill: (n: number) => string): string {
  return prompt.replace(/\{#(\d+)\}/g, (_, n: string) => fill(Number(n)));
}

/** Whether the reader types a blank's answer (short, numeric) rather than picking it. */
export function isTypedBlank(blank: Blank): boolean {
  return blank.type === "short" || blank.type === "numeric";
}

/**
 * A blank as a question of its own type, so that it is graded, described and answered by the
 * same rules as a whole question of that type.
 */
export function blankQuestion(question: ClozeQuestion, i: number): Question {
  const {
    mark: _mark,
    shuffle: _shuffle,
    layout: _layout,
    ...blank
  } = question.blanks[i]! as Blank & {
    mark?: number;
    shuffle?: boolean;
    layout?: string;
  };
  return {
    ...blank,
    id: `${question.id}.${i + 1}`,
    prompt: blankLabel(i + 1),
    format: question.format,
    sources: [],
    facts: [],
    tags: [],
    kind: "written",
  } as Question;
}

/** Blank i of a presented cloze question, presented as a question of its own type. */
export function blankItem(item: Presented, i: number): Presented {
  const question = blankQuestion(item.question as ClozeQuestion & Question, i);
  return {
    question,
    choiceOrder: item.blankOrders?.[i] ?? [],
    rights: [],
    lefts: [],
    itemOrder: [],
  };
}
