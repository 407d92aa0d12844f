import { factById } from "../facts/fact-index.js";
import type { Question } from "../question/model.js";
import { answerTypeOf } from "../question/types/index.js";
import { writtenQuestions } from "../question/written.js";
import type { GenContext } from "./context.js";
import type { Draft } from "./draft.js";
import { KIND_WEIGHT } from "./rank.js";

/**
 * The pack's hand-written questions in the language asked, as they are; only the order of their
 * choices is shuffled (an author tends to write the right answer first). Ranked by the facts
 * they test.
 */
export function writtenDrafts(ctx: GenContext): Draft[] {
  return writtenQuestions(ctx.index.pack, ctx.lang).map((q) => {
    const weights = q.facts.map((id) => {
      const ref = factById(ctx.index, id);
      return ref ? ctx.salience(ref) : 2 * (ctx.index.centrality.get(id) ?? 0);
    });
    return {
      id: q.id,
      kind: "written" as const,
      facts: q.facts,
      sources: q.sources,
      score: Math.max(0, ...weights) + KIND_WEIGHT.written,
      key: `written|${q.id}`,
      build: ({ rng }) => ({
        question: shuffled(q, rng.shuffle.bind(rng)),
        answer: { fact: "", field: "text" as const, value: "" },
        forbidden: new Set<string>(),
        giveaways: [],
      }),
    };
  });
}

function shuffled(q: Question, shuffle: <T>(items: readonly T[]) => T[]): Question {
  const type = answerTypeOf(q).generate;
  return type?.shuffle ? (type.shuffle(q, shuffle) as Question) : q;
}
