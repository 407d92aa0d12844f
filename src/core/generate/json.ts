import type { Language } from "../facts/model.js";
import type { Question } from "../question/model.js";
import type { QuestionJsonExtra } from "../question/types/answer-type.js";
import { answerTypeOf } from "../question/types/index.js";

/** One question in the stable JSON shape of `newsquiz questions --json` (DESIGN.md, README). */
export interface QuestionJson extends QuestionJsonExtra {
  id: string;
  kind: Question["kind"];
  type: Question["type"];
  prompt: string;
  /** The choices shown, in order; empty for types answered without choices. */
  choices: string[];
  /** Index of the right choice; for ordering, of the item that comes first; null without choices. */
  answer: number | null;
  explanation: string;
  sources: string[];
  facts: string[];
  difficulty?: Question["difficulty"];
  evidence?: string;
  /** Made from extracted facts no person has reviewed yet (`unreviewed: ask`). */
  unreviewed?: true;
}

/**
 * Questions as JSON. Ordering items are shown shuffled by the seed (a list shown in the right
 * order asks nothing); true or false is a two-choice question, « Vrai » then « Faux ».
 */
export function questionsJson(questions: readonly Question[], lang: Language, seed: number) {
  return { questions: questions.map((q) => questionJson(q, lang, seed)) };
}

export function questionJson(q: Question, lang: Language, seed: number): QuestionJson {
  const head = { id: q.id, kind: q.kind, type: q.type, prompt: q.prompt };
  const tail = {
    explanation: q.explanation ?? "",
    sources: q.sources,
    facts: q.facts,
    ...(q.difficulty ? { difficulty: q.difficulty } : {}),
    ...(q.evidence ? { evidence: q.evidence } : {}),
    ...(q.unreviewed ? { unreviewed: true as const } : {}),
  };
  const { choices, answer, extra } = answerTypeOf(q).json(q, lang, seed);
  // Fields in the order of the contract: what is asked, what is right, why, then extras.
  return { ...head, choices, answer, ...tail, ...extra };
}
