import { questionAsText } from "../question/as-text.js";
import type { Question } from "../question/model.js";
import { blankLabel, blankOrders, fillBlanks } from "../question/types/cloze/index.js";
import { createRandom, seedFrom } from "../random.js";
import type { Presented } from "./presented.js";

export type { Presented, QuestionOrigin } from "./presented.js";

/**
 * Fixes the display order of every question from the seed. Hand-written choices are shuffled
 * (packs list the right one first); generated ones already come shuffled by their generator, so
 * `newsquiz questions` and the quiz show the same order. Asked again (`previous`), every
 * question's choices are shuffled anew, never in the order they had.
 */
export function presentQuestions(
  questions: readonly Question[],
  seed: number,
  options: { previous?: readonly Presented[] } = {},
): Presented[] {
  return questions.map((question, i) => present(question, seed, options.previous?.[i]));
}

/** `previous`: how the question was shown before, when it is asked again. */
function present(written: Question, seed: number, previous?: Presented): Presented {
  // HTML (Moodle's usual format) is shown as text: tags mean nothing in a terminal.
  const question = questionAsText(written);
  const random = createRandom(seedFrom(seed, question.id));
  const out: Presented = { question, choiceOrder: [], rights: [], lefts: [], itemOrder: [] };
  switch (question.type) {
    case "single":
    case "multiple": {
      const indices = question.choices.map((_, i) => i);
      if (previous) out.choiceOrder = shuffleAway(random, indices, previous.choiceOrder);
      else out.choiceOrder = question.kind === "written" ? random.shuffle(indices) : indices;
      break;
    }
    case "matching":
      out.lefts = question.pairs.flatMap((p, i) => (p.left.trim() ? [i] : []));
      out.rights = random.shuffle([...new Set(question.pairs.map((p) => p.right))]);
      break;
    case "ordering": {
      const indices = question.items.map((_, i) => i);
      let order = random.shuffle(indices);
      // Starting in the right order would give the answer away: rotate by one instead.
      if (order.every((v, i) => v === i)) order = [...indices.slice(1), indices[0]!];
      out.itemOrder = order;
      break;
    }
    case "cloze":
      // The reader sees [1], [2]… where the prompt marks {#1}, {#2}…
      out.question = { ...question, prompt: fillBlanks(question.prompt, blankLabel) };
      out.blankOrders = blankOrders(question, random);
      break;
    default:
      break;
  }
  return out;
}

/**
 * The indices shuffled, never in the order `before` showed them when there are several: a
 * question asked again must not show its choices where they were.
 */
function shuffleAway(
  random: ReturnType<typeof createRandom>,
  indices: number[],
  before: readonly number[],
): number[] {
  const order = random.shuffle(indices);
  if (order.length > 1 && order.every((v, i) => v === before[i])) {
    return [...order.slice(1), order[0]!];
  }
  return order;
}
