import { fold } from "../../../text/fold.js";
import type { GenerateHooks } from "../answer-type.js";
import type { SingleQuestion } from "./schema.js";

/** What the question generator asks of single-choice questions. */
export const generateSingle: GenerateHooks<SingleQuestion> = {
  shuffle: (q, shuffle) => ({ ...q, choices: shuffle(q.choices) }),
  /**
   * A generated question has at least three choices, exactly one right, no two that read the
   * same, and no distractor that is also true.
   */
  problem(q, forbidden) {
    if (q.choices.length < 3) return "fewer than three choices";
    if (q.choices.filter((c) => c.correct).length !== 1) return "not exactly one correct choice";
    const folded = q.choices.map((c) => fold(c.text));
    if (new Set(folded).size !== folded.length) return "two choices read the same";
    const bad = q.choices.find((c) => !c.correct && forbidden.has(fold(c.text)));
    if (bad) return `the distractor "${bad.text}" is also a true answer`;
    return undefined;
  },
  // Questions on the order of events read alike: their choices tell them apart.
  signature: (q) => (q.kind === "order" ? q.choices.map((c) => c.text).sort() : undefined),
  answer: (q) => q.choices.find((c) => c.correct)?.text,
};
