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
  /** Made from extracted facts no person has reviewed yet (`unreviewed: ask`). */
  unreviewed?: true;
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
  /** cloze: the blanks, as the pack holds them; the prompt marks each {#n}. */
  blanks?: unknown[];
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
  // Fields in the order of the contract: what is asked, what is right, why, then extras.
  const shape = (choices: string[], answer: number | null, extra: Partial<QuestionJson> = {}) => ({
    ...head,
    choices,
    answer,
    ...tail,
    ...extra,
  });
  switch (q.type) {
    case "single": {
      const feedback = q.choices.map((c) => c.feedback ?? null);
      return shape(
        q.choices.map((c) => c.text),
        q.choices.findIndex((c) => c.correct),
        feedback.some((f) => f !== null) ? { feedback } : {},
      );
    }
    case "multiple": {
      const answers = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
      return shape(
        q.choices.map((c) => c.text),
        answers[0] ?? null,
        { answers },
      );
    }
    case "truefalse":
      return shape([word(lang, "true"), word(lang, "false")], q.answer ? 0 : 1);
    case "ordering": {
      const shown = createRandom(seedFrom(seed, q.id, "order")).shuffle(
        q.items.map((text, i) => ({ text, i })),
      );
      const order = q.items.map((_, i) => shown.findIndex((s) => s.i === i));
      return shape(
        shown.map((s) => s.text),
        order[0] ?? null,
        { order },
      );
    }
    case "numeric":
      return shape([], null, { accept: q.answers, ...(q.unit ? { unit: q.unit } : {}) });
    case "short":
      return shape([], null, {
        accept: q.answers.map((a) => (typeof a === "string" ? a : a.text)),
      });
    case "matching":
      return shape([], null, { pairs: q.pairs });
    case "cloze":
      return shape([], null, { blanks: q.blanks });
    default:
      return shape([], null);
  }
}
