import type { Claim } from "../../facts/model.js";
import type { Random } from "../../random.js";
import { fold } from "../../text/fold-memo.js";
import type { GenContext } from "../context.js";
import { sample, type Tiered } from "./pick.js";

// Made-up figures scale the answer; the pack's own figures of the same unit come first.
// Within a factor of four: far enough to be easy, near enough to be believed (no 380-year-olds).
const FACTORS = [0.8, 1.2, 0.75, 1.25, 0.7, 1.33, 0.6, 1.4, 1.5, 0.5, 2, 0.4, 2.5, 0.3, 3, 0.25, 4];
const SMALL_STEPS = [1, -1, 2, -2, 3, -3, 5, -5, 8];

/** Rounds a made-up figure to two significant digits: 13 000 000 000 × 1.5 gives 20 000 000 000. */
function nice(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * True when another source's claim would make this figure right: « plus de 500 » admits 520,
 * « environ 700 » admits 650. Figures in another unit are another matter.
 */
function admits(other: Claim, d: number, claim: Claim): boolean {
  if ((other.unit ?? "") !== (claim.unit ?? "")) return false;
  const v = other.value;
  // A distractor written « plus de 600 » is true if another source gives 650, or « plus de 620 ».
  const below = other.qualifier === "less-than" || other.qualifier === "at-most";
  const above = other.qualifier === "more-than" || other.qualifier === "at-least";
  if ((claim.qualifier === "more-than" || claim.qualifier === "at-least") && !below && v >= d) {
    return true;
  }
  if ((claim.qualifier === "less-than" || claim.qualifier === "at-most") && !above && v <= d) {
    return true;
  }
  switch (other.qualifier) {
    case "more-than":
    case "at-least":
      return d >= v;
    case "less-than":
    case "at-most":
      return d <= v;
    case "about":
      return Math.abs(d - v) <= Math.abs(v) * 0.15;
    default:
      return Math.abs(d - v) <= Math.abs(v) * 0.01;
  }
}

/**
 * Wrong figures for a claim: same unit, far enough from the answer not to be a near miss, and on
 * the side a qualifier leaves false ("plus de 500": a distractor of "plus de 300" would be true,
 * so only larger figures are offered), or on the `side` asked. A figure another source's
 * claim admits is never offered.
 */
export function numberDistractors(
  ctx: GenContext,
  claim: Claim,
  others: readonly Claim[],
  rng: Random,
  side?: "above" | "below",
): Tiered<number>[] {
  const v = claim.value;
  const percent = claim.unit === "%";
  const integer = Number.isInteger(v);
  const up =
    side === "above" ||
    (!side && (claim.qualifier === "more-than" || claim.qualifier === "at-least"));
  const down =
    side === "below" ||
    (!side && (claim.qualifier === "less-than" || claim.qualifier === "at-most"));
  const minGap = claim.qualifier === "about" ? 0.25 : 0.15;
  const ok = (d: number) => {
    if (!Number.isFinite(d) || d === v || (v > 0 && d <= 0)) return false;
    if (integer && !Number.isInteger(d)) return false;
    if (percent && d > 100) return false;
    // « plus de 770 sur 770 » cannot be: a bound must leave room below the total.
    if (!percent && claim.total !== undefined && (up ? d >= claim.total : d > claim.total))
      return false;
    if ((up && d <= v) || (down && d >= v)) return false;
    const gap = Math.abs(d - v);
    const small = integer && Math.abs(v) <= 20;
    if (small ? gap < (claim.qualifier === "about" ? 2 : 1) : gap / Math.abs(v) < minGap) {
      return false;
    }
    return !others.some((o) => admits(o, d, claim));
  };
  const tierOf = (d: number) => {
    const rel = Math.abs(d - v) / Math.max(1, Math.abs(v));
    return rel <= 0.35 ? 0 : rel <= 1 ? 1 : 2;
  };
  const out: Tiered<number>[] = [];
  const seen = new Set<number>();
  const add = (d: number, own: boolean) => {
    if (seen.has(d) || !ok(d)) return;
    seen.add(d);
    out.push({ value: d, tier: tierOf(d), own });
  };
  for (const d of sample(ctx.pools.values.get(fold(claim.unit ?? "")) ?? [], 16, rng)) add(d, true);
  if (integer && Math.abs(v) <= 20) for (const step of SMALL_STEPS) add(v + step, false);
  for (const f of FACTORS) add(nice(v * f), false);
  return out;
}
