import type { Difficulty, Question, QuestionKind } from "../question/model.js";
import type { Random } from "../random.js";

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
  const choice = (c: ChoiceDraft, correct: boolean) =>
    c.feedback ? { text: c.text, correct, feedback: c.feedback } : { text: c.text, correct };
  const choices = rng.shuffle([
    choice(parts.answer, true),
    ...parts.distractors.map((d) => choice(d, false)),
  ]);
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

/**
 * Why the answer is right. Where it comes from is the question's `sources`, which every face
 * prints on its own line (and the Anki export on the card's back), so it is not repeated here.
 */
export function explain(sentences: readonly string[]): string {
  return sentences.filter(Boolean).join(" ");
}
