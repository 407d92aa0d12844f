import type { Choice } from "../kit/choices.js";
import { clamp } from "../kit/marks.js";
import type { MultipleQuestion, MultipleResponse } from "./schema.js";

/** The weight in % each choice of a multiple-answer question adds when picked. */
export function multipleWeights(choices: readonly Choice[]): number[] {
  const right = Math.max(1, choices.filter((c) => c.correct).length);
  return choices.map((c) => c.weight ?? (c.correct ? 100 / right : -100 / right));
}

/**
 * Each picked choice adds its weight; a right choice without one weighs 100 % / (number of right
 * choices) and a wrong one minus as much, so a wrong pick cancels a right one; the sum is kept
 * between 0 and 100 %.
 */
export function gradeMultiple(q: MultipleQuestion, response: MultipleResponse) {
  const picked = [...new Set(response.choices)];
  const weights = multipleWeights(q.choices);
  const sum = picked.reduce((total, i) => total + (weights[i] ?? 0), 0);
  const feedback = picked.flatMap((i) => q.choices[i]?.feedback ?? []);
  return { score: clamp(sum / 100), feedback };
}
