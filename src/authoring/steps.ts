import type { Verdict } from "../core/authoring/checks.js";
import { msg, said } from "../core/i18n/msg.js";
import type { Asker } from "./prompter.js";

/** What a person types (or picks) to go back to the question before. */
export const BACK_TEXT = "<";
/** The choice of a list that goes back to the question before. */
export const BACK_CHOICE = "\u0000back";

/** Going back: returned by a question, a step or an item instead of its answer. */
export const BACK = Symbol("back");
export type Back = typeof BACK;

/** An item being written, field by field. */
export type Item = Record<string, unknown>;

/** A step that had nothing to ask (a question this kind of item does not need). */
export const SKIP = Symbol("skip");

/**
 * One question of an item: asks (the item's current value as the default, so that going back
 * to it keeps what was typed) and sets its fields; BACK to go back to the step before, SKIP when
 * it asked nothing.
 */
export type Step = (item: Item) => Promise<Back | typeof SKIP | undefined>;

/**
 * Asks an item's questions in order; BACK on one goes to the one asked before (BACK on the
 * first leaves the item, for the menu); steps that asked nothing are stepped over both ways.
 */
export async function runSteps(steps: readonly Step[], item: Item): Promise<Item | Back> {
  const asked: number[] = [];
  let i = 0;
  while (i < steps.length) {
    const result = await steps[i]!(item);
    if (result === BACK) {
      const previous = asked.pop();
      if (previous === undefined) return BACK;
      i = previous;
      continue;
    }
    if (result !== SKIP) asked.push(i);
    i++;
  }
  return item;
}

/** A text answer, or BACK when the person typed `<`; a value refused is said why, in `p.lang`. */
export async function ask(
  p: Asker,
  question: { message: string; default?: string; validate?: (value: string) => Verdict },
): Promise<string | Back> {
  const validate = question.validate;
  const value = await p.input({
    ...question,
    validate: validate
      ? (v) => {
          const verdict = v.trim() === BACK_TEXT || validate(v);
          return verdict === true ? true : said(p.lang, verdict);
        }
      : undefined,
  });
  return value.trim() === BACK_TEXT ? BACK : value;
}

/** A choice, or BACK when the person picked the way back. */
export async function choose<T extends string>(
  p: Asker,
  question: { message: string; choices: readonly { name: string; value: T }[]; default?: T },
): Promise<T | Back> {
  const picked = await p.select<T | typeof BACK_CHOICE>({
    message: question.message,
    choices: [...question.choices, { name: msg(p.lang, "authoring.back"), value: BACK_CHOICE }],
    default: question.default,
  });
  return picked === BACK_CHOICE ? BACK : (picked as T);
}

/** Several choices, ticked; none means BACK only when `back` is allowed and none was ticked. */
export async function tick<T extends string>(
  p: Asker,
  question: {
    message: string;
    choices: readonly { name: string; value: T }[];
    checked?: readonly T[];
    required?: boolean;
  },
): Promise<T[]> {
  return p.checkbox({
    message: question.message,
    choices: question.choices.map((c) => ({ ...c, checked: question.checked?.includes(c.value) })),
    required: question.required,
  });
}
