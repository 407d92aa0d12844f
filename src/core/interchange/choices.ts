// Choice questions' weights as Moodle holds them, read into newsquiz's canonical form: shared by
// the GIFT and Moodle XML readers and by cloze blanks.

type Fields = Record<string, unknown>;

/** A choice as Moodle holds it: its text, whether it is right, its weight in %, its feedback. */
export interface MoodleChoice {
  text: string;
  correct: boolean;
  weight?: number;
  feedback?: string;
}

/**
 * A choice question's fields with weights in newsquiz's canonical form: a single-choice
 * question keeps partial credit on wrong choices only; a multiple-answer one leaves out the
 * weights equal to the ones newsquiz writes for a question without any (100/k for each of k right
 * choices, minus as much for a wrong one), and a wrong choice without one weighs 0, as in Moodle.
 */
export function choiceFields(type: "single" | "multiple", choices: MoodleChoice[]): Fields {
  const share = defaultShare(choices.filter((c) => c.correct).length);
  return {
    type,
    choices: choices.map((c) => {
      let weight: number | undefined;
      if (type === "single") weight = c.correct || c.weight === 0 ? undefined : c.weight;
      else if (c.correct) weight = isNear(c.weight, share) ? undefined : c.weight;
      else weight = c.weight === undefined ? 0 : isNear(c.weight, -share) ? undefined : c.weight;
      return { text: c.text, correct: c.correct, weight, feedback: c.feedback };
    }),
  };
}

/** The share of the mark each right choice of a multiple-answer question earns by default. */
export function defaultShare(correctCount: number): number {
  return 100 / correctCount;
}

function isNear(weight: number | undefined, target: number): boolean {
  return weight !== undefined && Math.abs(weight - target) < 0.001;
}
