import type { Pack, Source } from "../facts/model.js";
import type { Question } from "../question/model.js";
import type { QuestionOrigin } from "../quiz/presentation.js";
import { type QuizSession, startQuiz } from "../quiz/session.js";
import type { ReviewPlan } from "./review-plan.js";

/** A review ready to be asked: the session, and the sources its feedback names. */
export interface ReviewSession {
  session: QuizSession;
  /** Every pack's sources, by qualified id (see {@link startReview}). */
  sources: Map<string, Source>;
}

/**
 * The quiz a review asks: the planned questions in their order, each recorded against its own
 * pack and version. Packs may share source ids ("s1"), so a question's sources are qualified by
 * its pack ("openai-2023-11/fredzone") and looked up in one map; nothing else reads them.
 */
export function startReview(
  plan: ReviewPlan<Question>,
  packs: ReadonlyMap<string, { pack: Pack; hash: string }>,
  options: { id: string; seed: number; now: number; certaintyMode: boolean },
): ReviewSession {
  const sources = new Map<string, Source>();
  for (const [id, { pack }] of packs) {
    for (const source of pack.sources) sources.set(qualified(id, source.id), source);
  }
  const origins: QuestionOrigin[] = plan.questions.map((q) => ({
    pack: q.pack,
    packHash: packs.get(q.pack)?.hash ?? "",
  }));
  const questions = plan.questions.map(({ pack, question }) => ({
    ...question,
    sources: question.sources.map((s) => qualified(pack, s)),
  }));
  const only = new Set(origins.map((o) => o.pack)).size === 1 ? origins[0] : undefined;
  const session = startQuiz({
    id: options.id,
    pack: only?.pack ?? "",
    packHash: only?.packHash ?? "",
    seed: options.seed,
    questions,
    origins,
    review: true,
    certaintyMode: options.certaintyMode,
    now: options.now,
  });
  return { session, sources };
}

function qualified(pack: string, source: string): string {
  return `${pack}/${source}`;
}
