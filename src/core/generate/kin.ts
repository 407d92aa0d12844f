import type { Claim } from "../facts/model.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";

/** The head noun of what a claim counts: « montant » in « le montant investi par … ». */
function head(about: string): string {
  return fold(about)
    .replace(/^(?:le |la |les |l'|the |a |an )/, "")
    .split(/[\s,]/)[0]!;
}

/**
 * Claims that may count the same thing as this one under other words: the same holder (subject
 * or event), the same unit and the same head noun (« le montant que Microsoft s'est engagé à
 * investir » and « le montant de l'investissement annoncé par Microsoft en janvier 2023 »). The
 * reader cannot tell them apart, so the figure one source gives is never a wrong answer for the
 * other, and a question about either says whose figure it asks.
 */
export function kinClaims(ctx: GenContext, claim: Claim): Claim[] {
  const unit = fold(claim.unit ?? "");
  const noun = head(claim.about);
  return ctx.index.pack.claims.filter(
    (c) =>
      c.id !== claim.id &&
      c.value !== claim.value &&
      fold(c.unit ?? "") === unit &&
      ((claim.subject !== undefined && c.subject === claim.subject) ||
        (claim.event !== undefined && c.event === claim.event)) &&
      head(c.about) === noun,
  );
}

/** The figures of the claim's kin: never offered as wrong answers for it. */
export function kinValues(ctx: GenContext, claim: Claim): Set<number> {
  return new Set(kinClaims(ctx, claim).map((c) => c.value));
}
