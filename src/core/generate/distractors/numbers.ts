import type { Claim } from "../../facts/model.js";
import { entitiesNamedIn as named } from "../../facts/named-in.js";
import type { Random } from "../../random.js";
import { fold } from "../../text/fold.js";
import type { GenContext } from "../context.js";
import { sample, type Tiered } from "./pick.js";

// Made-up figures scale the answer; the pack's own figures of the same unit come first.
// Within a factor of two either way: far enough to be told apart, near enough to be believed
// (no 150-year-old chief executive, no ten interim chief executives in three days).
const FACTORS = [0.8, 1.2, 0.75, 1.25, 0.7, 1.33, 0.6, 1.4, 1.5, 0.5, 2];
const SMALL_STEPS = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5];
const LOWEST = 0.5;
const HIGHEST = 2;
/** Units of durations in years, which cannot exceed how long what they are about has existed. */
const YEARS = new Set(["ans", "an", "annees", "years", "year"]);

/** Rounds a made-up figure to two significant digits: 13 000 000 000 × 1.5 gives 20 000 000 000. */
function nice(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Another claim's figure on this claim's scale: « plus de 90 % » of this claim's 770 employees
 * is 693, « 650 sur environ 700 » is 715 of 770; undefined when the two cannot be compared.
 */
function onScaleOf(other: Claim, claim: Claim): number | undefined {
  const unit = claim.unit ?? "";
  const otherUnit = other.unit ?? "";
  if (otherUnit === unit) {
    if (unit !== "%" && other.total && claim.total && other.total !== claim.total) {
      return (other.value * claim.total) / other.total;
    }
    return other.value;
  }
  if (otherUnit === "%" && claim.total) return (other.value / 100) * claim.total;
  if (unit === "%" && other.total) return (other.value / other.total) * 100;
  return undefined;
}

/**
 * True when another source's claim would make this figure right: « plus de 500 » admits 520,
 * « environ 700 » admits 650, « plus de 90 % » of 770 admits « plus de 670 sur 770 ». Figures
 * that cannot be brought to one scale are another matter.
 */
function admits(other: Claim, d: number, claim: Claim): boolean {
  const scaled = onScaleOf(other, claim);
  if (scaled === undefined) return false;
  const v = scaled;
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
  const longest = longestDuration(ctx, claim);
  const ok = (d: number) => {
    if (!Number.isFinite(d) || d === v || (v > 0 && d <= 0)) return false;
    if (v > 0 && (d < v * LOWEST || d > v * HIGHEST)) return false;
    if (longest !== undefined && d > longest) return false;
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
  // Small counts move by one or two, not by a factor: « 2 » is near « 3 », not « 4 ».
  if (integer && Math.abs(v) <= 4) return out.filter((d) => Math.abs(d.value - v) <= 2);
  for (const f of FACTORS) add(nice(v * f), false);
  return out;
}

/**
 * The longest a duration in years about entities the claim names can be: the years since the
 * youngest of them was founded (a partnership with a company founded in 2015 lasts at most eight
 * years in 2023). Undefined when the claim is no such duration or no founding is known.
 */
function longestDuration(ctx: GenContext, claim: Claim): number | undefined {
  if (!YEARS.has(fold(claim.unit ?? ""))) return undefined;
  const reference = Number((claim.date ?? ctx.index.latest ?? "").slice(0, 4));
  if (!reference) return undefined;
  let longest: number | undefined;
  for (const id of named(ctx.index, claim.about)) {
    const founded = ctx.foundings.get(id);
    if (!founded) continue;
    const years = reference - Number(founded.slice(0, 4));
    if (longest === undefined || years < longest) longest = years;
  }
  return longest;
}
