import { periodsMeet } from "../facts/dates.js";
import type { Claim } from "../facts/model.js";
import { formatClaimValue } from "../i18n/format.js";
import { claimQuestion, claimSayable, claimSentence } from "../phrase/claims.js";
import { holderOf } from "../phrase/holder.js";
import { claimIn } from "../phrase/units.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";
import { numberDistractors } from "./distractors/numbers.js";
import { difficultyOf, pickTiered } from "./distractors/pick.js";
import type { Draft } from "./draft.js";
import { kinClaims } from "./kin.js";
import { KIND_WEIGHT } from "./rank.js";
import { explain, singleChoice } from "./single.js";

/**
 * « Selon MacGeneration, quel est le nombre d'employés signataires de la lettre ? »: a figure.
 * A figure sources disagree on is asked only as one source gives it, and so is a figure that
 * another claim may give under other words (see kin.ts), whose figure is then no wrong answer.
 * A figure stated as a bound (« plus de 500 », « moins de 15 jours ») is not asked this way:
 * any other bound on the same side may be true as well (true or false asks it instead). Nor is
 * a figure that says nobody's (see holder.ts), or one this language has no words for.
 */
export function howManyDrafts(ctx: GenContext, claims: readonly Claim[]): Draft[] {
  const drafts: Draft[] = [];
  for (const claim of claims) {
    if (!["exactly", "about"].includes(claim.qualifier)) continue;
    if (!claimSayable(ctx.phrase, claim) || !holderOf(ctx.phrase, claim)) continue;
    const conflict = ctx.index.conflictOf.get(claim.id);
    const kin = kinClaims(ctx, claim);
    const attributed =
      conflict !== undefined ||
      kin.some((c) => periodsMeet({ date: c.date }, { date: claim.date }));
    const others = [
      ...new Set([
        ...(conflict?.claims ?? [])
          .filter((id) => id !== claim.id)
          .map((id) => ctx.index.claims.get(id))
          .filter((c): c is Claim => !!c),
        ...kin,
      ]),
    ];
    const id = `${claim.id}.how-many`;
    drafts.push({
      id,
      kind: "how-many" as const,
      facts: [claim.id],
      sources: claim.sources,
      score:
        ctx.salience({ kind: "claim", fact: claim }) + KIND_WEIGHT["how-many"] + (conflict ? 1 : 0),
      key: `how-many|${fold(claim.about)}|${attributed ? claim.sources.join(",") : ""}`,
      build({ rng, difficulty }) {
        const shown = claimIn(ctx.phrase, claim)!;
        const show = (value: number) => formatClaimValue({ ...shown, value }, ctx.lang);
        const kinValues = new Set(kin.map((c) => c.value));
        const candidates = numberDistractors(ctx, claim, others, rng).filter(
          (d) => !kinValues.has(d.value),
        );
        const picked = pickTiered(candidates, { rng, difficulty, count: 3, key: (v) => show(v) });
        if (picked.length < 2) return "fewer than two figures far enough from the answer";
        const elsewhere = others
          .filter((c) => claimSayable(ctx.phrase, c))
          .map((c) => claimSentence(ctx.phrase, c, true));
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
          forbidden: new Set(
            others.map((c) => fold(formatClaimValue(claimIn(ctx.phrase, c) ?? c, ctx.lang))),
          ),
          giveaways: [fold(show(claim.value))],
        };
      },
    });
  }
  return drafts;
}
