import type { Question } from "../question/model.js";
import { type ClozeResponse, gradeCloze } from "../question/types/cloze/index.js";
import type { Response } from "./response.js";
import { matchShortAnswer } from "./short-answer.js";

/** How well a response answers its question. */
export interface Grade {
  /** From 0 to 1: the share of the mark earned (partial credit for several types). */
  score: number;
  /** Full marks. */
  correct: boolean;
  /** The feedback the response triggers: per choice, per accepted answer, right or wrong. */
  feedback: string[];
}

type Choice = Extract<Question, { type: "single" }>["choices"][number];

/** Whether a question counts in the score: essays and descriptions do not. */
export function isScored(question: Question): boolean {
  return question.type !== "essay" && question.type !== "description";
}

/**
 * Grades a response. Scoring rules, documented in the README:
 * - single: 1 for the right choice; a wrong choice with a positive `weight` earns that share.
 * - multiple: each picked choice adds its weight; a right choice without one weighs
 *   100 % / (number of right choices) and a wrong one minus as much, so a wrong pick cancels a
 *   right one; the sum is kept between 0 and 100 %.
 * - truefalse: 1 or 0.
 * - numeric: the best `weight` (100 % unless given) among the accepted answers the number falls
 *   in (value ± tolerance, or min..max).
 * - short: the weight of the accepted answer the text matches (see matchShortAnswer).
 * - matching: the share of left items matched with their right item.
 * - ordering: the share of neighbouring items in the reader's order that are neighbours in that
 *   order in the right one (Moodle's "relative to the next item"): moving one item of five from
 *   first to last keeps 3 of the 4 links, 0.75.
 * A response of another type than its question scores 0.
 */
export function gradeResponse(question: Question, response: Response): Grade {
  const wrong: Grade = { score: 0, correct: false, feedback: [] };
  if (response.type !== question.type) return wrong;
  switch (question.type) {
    case "single": {
      const choice = question.choices[(response as { choice: number }).choice];
      if (!choice) return wrong;
      const score = choice.correct ? 1 : clamp((choice.weight ?? 0) / 100);
      return grade(score, choice.feedback ? [choice.feedback] : []);
    }
    case "multiple": {
      const picked = [...new Set((response as { choices: number[] }).choices)];
      const weights = multipleWeights(question.choices);
      const sum = picked.reduce((total, i) => total + (weights[i] ?? 0), 0);
      const feedback = picked.flatMap((i) => question.choices[i]?.feedback ?? []);
      return grade(clamp(sum / 100), feedback);
    }
    case "truefalse": {
      const right = (response as { value: boolean }).value === question.answer;
      const text = right ? question.feedbackRight : question.feedbackWrong;
      return grade(right ? 1 : 0, text ? [text] : []);
    }
    case "numeric": {
      const value = (response as { value: number }).value;
      let best: { weight: number; feedback?: string } | undefined;
      for (const a of question.answers) {
        const inside =
          a.min !== undefined && a.max !== undefined
            ? value >= a.min && value <= a.max
            : Math.abs(value - a.value!) <= (a.tolerance ?? 0) + 1e-9;
        const weight = a.weight ?? 100;
        if (inside && (!best || weight > best.weight)) best = { weight, feedback: a.feedback };
      }
      if (!best) return { ...wrong, feedback: feedbackWrong(question) };
      return grade(clamp(best.weight / 100), best.feedback ? [best.feedback] : []);
    }
    case "short": {
      const answers = question.answers.map((a) => (typeof a === "string" ? { text: a } : a));
      const hit = matchShortAnswer(
        (response as { text: string }).text,
        answers.map((a) => a.text),
        { caseSensitive: question.caseSensitive },
      );
      const answer = hit === undefined ? undefined : answers[hit];
      if (!answer) return { ...wrong, feedback: feedbackWrong(question) };
      const weight = "weight" in answer ? (answer.weight ?? 100) : 100;
      const feedback = "feedback" in answer && answer.feedback ? [answer.feedback] : [];
      return grade(clamp(weight / 100), feedback);
    }
    case "matching": {
      const rights = (response as { rights: (string | null)[] }).rights;
      const lefts = question.pairs.flatMap((p, i) => (p.left.trim() ? [i] : []));
      const good = lefts.filter((i) => rights[i] === question.pairs[i]!.right).length;
      return grade(lefts.length ? good / lefts.length : 0, []);
    }
    case "ordering": {
      const order = (response as { order: number[] }).order;
      const n = question.items.length;
      if (order.length !== n || new Set(order).size !== n) return wrong;
      let links = 0;
      for (let k = 0; k + 1 < n; k++) if (order[k + 1] === order[k]! + 1) links++;
      return grade(links / (n - 1), []);
    }
    case "cloze": {
      const graded = gradeCloze(question, response as ClozeResponse, (blank, given) =>
        gradeResponse(blank, given),
      );
      return grade(graded.score, graded.feedback);
    }
    default:
      return wrong;
  }
}

/**
 * The feedback for an answer that matches none of the accepted ones (GIFT's `####` on numeric and
 * short answers), where the question carries one.
 */
function feedbackWrong(question: Question): string[] {
  const text = (question as { feedbackWrong?: unknown }).feedbackWrong;
  return typeof text === "string" && text ? [text] : [];
}

/** The weight in % each choice of a multiple-answer question adds when picked. */
export function multipleWeights(choices: readonly Choice[]): number[] {
  const right = Math.max(1, choices.filter((c) => c.correct).length);
  return choices.map((c) => c.weight ?? (c.correct ? 100 / right : -100 / right));
}

/** Scores are kept to four decimals: 2/3 is 0.6667, in records as on screen. */
function grade(raw: number, feedback: string[]): Grade {
  const score = Math.round(raw * 10_000) / 10_000;
  return { score, correct: score === 1, feedback };
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}
