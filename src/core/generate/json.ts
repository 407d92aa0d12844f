import type { Language } from "../facts/model.js";
import { word } from "../phrase/words.js";
import type { Question } from "../question/model.js";
import { createRandom, seedFrom } from "../random.js";

/** One question in the stable JSON shape of `newsquiz questions --json` (DESIGN.md, README). */
export interface QuestionJson {
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
  /** single: why each choice is wrong, null where the facts say nothing. */
  feedback?: (string | null)[];
  /** multiple: every right choice. */
  answers?: number[];
  /** ordering: the choices' indices in the right order. */
  order?: number[];
  /** numeric and short: what is accepted. */
  accept?: unknown[];
  unit?: string;
  /** matching: the pairs to match. */
  pairs?: { left: string; right: string }[];
}

/**
 * Questions as JSON. Ordering items are shown shuffled by the seed (a list shown in the right
 * order asks nothing); true or false is a two-choice question, « Vrai » then « Faux ».
 */
export function questionsJson(questions: readonly Question[], lang: Language, seed: number) {
  return { questions: questions.map((q) => questionJson(q, lang, seed)) };
}

export function questionJson(q: Question, lang: Language, seed: number): QuestionJson {
  const base = {
    id: q.id,
    kind: q.kind,
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation ?? "",
    sources: q.sources,
    facts: q.facts,
    ...(q.difficulty ? { difficulty: q.difficulty } : {}),
    ...(q.evidence ? { evidence: q.evidence } : {}),
  };
  switch (q.type) {
    case "single": {
      const feedback = q.choices.map((c) => c.feedback ?? null);
      return {
        ...base,
        choices: q.choices.map((c) => c.text),
        answer: q.choices.findIndex((c) => c.correct),
        ...(feedback.some((f) => f !== null) ? { feedback } : {}),
      };
    }
    case "multiple": {
      const answers = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
      return {
        ...base,
        choices: q.choices.map((c) => c.text),
        answer: answers[0] ?? null,
        answers,
      };
    }
    case "truefalse":
      return {
        ...base,
        choices: [word(lang, "true"), word(lang, "false")],
        answer: q.answer ? 0 : 1,
      };
    case "ordering": {
      const shown = createRandom(seedFrom(seed, q.id, "order")).shuffle(
        q.items.map((text, i) => ({ text, i })),
      );
      const order = q.items.map((_, i) => shown.findIndex((s) => s.i === i));
      return { ...base, choices: shown.map((s) => s.text), answer: order[0] ?? null, order };
    }
    case "numeric":
      return {
        ...base,
        choices: [],
        answer: null,
        accept: q.answers,
        ...(q.unit ? { unit: q.unit } : {}),
      };
    case "short":
      return {
        ...base,
        choices: [],
        answer: null,
        accept: q.answers.map((a) => (typeof a === "string" ? a : a.text)),
      };
    case "matching":
      return { ...base, choices: [], answer: null, pairs: q.pairs };
    default:
      return { ...base, choices: [], answer: null };
  }
}
