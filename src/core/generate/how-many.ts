import type { Claim } from "../facts/model.js";
import { formatClaimValue } from "../i18n/format.js";
import { claimQuestion, claimSentence } from "../phrase/claims.js";
import { fold } from "../text/fold-memo.js";
import type { GenContext } from "./context.js";
import { numberDistractors } from "./distractors/numbers.js";
import { difficultyOf, pickTiered } from "./distractors/pick.js";
import type { Draft } from "./draft.js";
import { KIND_WEIGHT } from "./rank.js";
import { explain, singleChoice } from "./single.js";

/**
 * « Selon MacGeneration, quel est le nombre d'employés signataires de la lettre ? »: a figure.
 * A figure sources disagree on is asked only as one source gives it, and so is a figure stated
 * as a bound (« plus de 500 »): the question is what the source says, which has one answer.
 */
export function howManyDrafts(ctx: GenContext, claims: readonly Claim[]): Draft[] {
  return claims.map((claim) => {
    const conflict = ctx.index.conflictOf.get(claim.id);
    const attributed = conflict !== undefined || !["exactly", "about"].includes(claim.qualifier);
    const others = (conflict?.claims ?? [])
      .filter((id) => id !== claim.id)
      .map((id) => ctx.index.claims.get(id))
      .filter((c): c is Claim => !!c);
    const id = `${claim.id}.how-many`;
    return {
      id,
      kind: "how-many" as const,
      facts: [claim.id],
      sources: claim.sources,
      score:
        ctx.salience({ kind: "claim", fact: claim }) + KIND_WEIGHT["how-many"] + (conflict ? 1 : 0),
      key: `how-many|${fold(claim.about)}|${attributed ? claim.sources.join(",") : ""}`,
      build({ rng, difficulty }) {
        const show = (value: number) => formatClaimValue({ ...claim, value }, ctx.lang);
        const candidates = numberDistractors(ctx, claim, others, rng);
        const picked = pickTiered(candidates, { rng, difficulty, count: 3, key: (v) => show(v) });
        if (picked.length < 2) return "fewer than two figures far enough from the answer";
        const elsewhere = others.map((c) => claimSentence(ctx.phrase, c, true));
        const question = singleChoice(
          {
            id,
            kind: "how-many",
            facts: [claim.id],
            sources: claim.sources,
            prompt: claimQuestion(ctx.phrase, claim, attributed),
            answer: { text: show(claim.value) },
            distractors: picked.map((p) => ({ text: show(p.value) })),
            explanation: explain([claimSentence(ctx.phrase, claim, attributed), ...elsewhere]),
            difficulty: difficultyOf(picked),
            ...(claim.evidence ? { evidence: claim.evidence } : {}),
          },
          rng,
        );
        return {
          question,
          answer: { fact: claim.id, field: "value", value: claim.value },
          forbidden: new Set(others.map((c) => fold(formatClaimValue(c, ctx.lang)))),
          giveaways: [fold(show(claim.value))],
        };
      },
    };
  });
}
