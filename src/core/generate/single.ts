import type { Difficulty, Question, QuestionKind } from "../question/model.js";
import type { Random } from "../random.js";
import type { GenContext } from "./context.js";

/** A choice before shuffling: its text and, for a distractor, why it is wrong. */
export interface ChoiceDraft {
  text: string;
  feedback?: string;
}

export interface SingleParts {
  id: string;
  kind: QuestionKind;
  facts: string[];
  sources: string[];
  prompt: string;
  answer: ChoiceDraft;
  distractors: ChoiceDraft[];
  explanation: string;
  difficulty: Difficulty;
  evidence?: string;
}

/** A single-choice question with its choices shuffled by the question's own seeded stream. */
export function singleChoice(parts: SingleParts, rng: Random): Question {
  const choices = rng
    .shuffle([
      { ...parts.answer, correct: true },
      ...parts.distractors.map((d) => ({ ...d, correct: false })),
    ])
    .map((c) => ({
      text: c.text,
      correct: c.correct,
      ...(c.feedback ? { feedback: c.feedback } : {}),
    }));
  return {
    id: parts.id,
    type: "single",
    kind: parts.kind,
    prompt: parts.prompt,
    choices,
    explanation: parts.explanation,
    sources: parts.sources,
    facts: parts.facts,
    tags: [],
    difficulty: parts.difficulty,
    ...(parts.evidence ? { evidence: parts.evidence } : {}),
  };
}

/** Why the answer is right, then where it comes from. */
export function explain(
  ctx: GenContext,
  sentences: readonly string[],
  sources: readonly string[],
): string {
  return [...sentences, ctx.sourcesNote(sources)].filter(Boolean).join(" ");
}
