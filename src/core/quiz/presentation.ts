import { questionAsText } from "../question/as-text.js";
import type { Question } from "../question/model.js";
import { blankLabel, blankOrders, fillBlanks } from "../question/types/cloze/index.js";
import { createRandom, seedFrom } from "../random.js";

/** The pack a question comes from, when a quiz mixes packs (a review). */
export interface QuestionOrigin {
  pack: string;
  packHash: string;
}

/** A question as it is shown: the question plus the display order of what the reader picks. */
export interface Presented {
  question: Question;
  /** Its own pack, in a review across packs; the session's otherwise. */
  origin?: QuestionOrigin;
  /** single, multiple: indices into `question.choices`, in display order. */
  choiceOrder: number[];
  /** matching: the right-hand texts offered, once each, in display order. */
  rights: string[];
  /** matching: indices of the pairs that have a left side, in display order. */
  lefts: number[];
  /** ordering: indices into `question.items`, in the order they start in (never the right one). */
  itemOrder: number[];
  /** cloze: for each blank, indices into its choices in display order ([] for typed blanks). */
  blankOrders?: number[][];
}

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
