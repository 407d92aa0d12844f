import type { Asked, CommonFields, Shown } from "../answer-type.js";
import type { Choice } from "../kit/choices.js";
import type { Blank, BlankResponse, ClozeQuestion } from "./schema.js";

/** A blank as a question of its own type (its fields, and those every question has). */
export type BlankQuestion = Asked<CommonFields & Blank>;

/** How blank n is written in the text shown: `[n]`. */
export function blankLabel(n: number): string {
  return `[${n}]`;
}

/** The prompt with each `{#n}` replaced by what `fill` gives for blank n. */
export function fillBlanks(prompt: string, fill: (n: number) => string): string {
  return prompt.replace(/\{#(\d+)\}/g, (_, n: string) => fill(Number(n)));
}

/** How a blank is answered: one or several of its choices picked, or a text or a number typed. */
export type BlankEntry =
  | { kind: "pick"; several: boolean; response: (choices: number[]) => BlankResponse }
  | {
      kind: "type";
      number: boolean;
      /** The blank's response to a text; undefined when a number was expected and it is none. */
      response: (
        text: string,
        readNumber: (text: string) => number | undefined,
      ) => BlankResponse | undefined;
    };

/** Each kind of blank, by its type (the type of a whole question it is answered as). */
const ENTRIES: { [T in Blank["type"]]: BlankEntry } = {
  single: {
    kind: "pick",
    several: false,
    response: ([choice]) => ({ type: "single", choice: choice! }),
  },
  multiple: { kind: "pick", several: true, response: (choices) => ({ type: "multiple", choices }) },
  short: { kind: "type", number: false, response: (text) => ({ type: "short", text }) },
  numeric: {
    kind: "type",
    number: true,
    response(text, readNumber) {
      const value = readNumber(text);
      return value === undefined ? undefined : { type: "numeric", value };
    },
  },
};

/** How the blank is answered. */
export function entryOf(blank: Blank): BlankEntry {
  return ENTRIES[blank.type];
}

/** The choices of a blank answered by picking; undefined for a typed blank. */
export function choicesOf(blank: Blank): readonly Choice[] | undefined {
  return "choices" in blank ? blank.choices : undefined;
}

/**
 * A blank as a question of its own type, so that it is graded, described and answered by the
 * same rules as a whole question of that type.
 */
export function blankQuestion(question: ClozeQuestion, i: number): BlankQuestion {
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
  } as BlankQuestion;
}

/** Blank i of a shown cloze question, shown as a question of its own type. */
export function blankItem(item: Shown<ClozeQuestion>, i: number): Shown<CommonFields & Blank> {
  return {
    question: blankQuestion(item.question, i),
    choiceOrder: item.blankOrders?.[i] ?? [],
    rights: [],
    lefts: [],
    itemOrder: [],
  };
}
