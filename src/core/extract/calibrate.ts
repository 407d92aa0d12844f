import { memoPerObject } from "../memo.js";
import type { ArticleFacts, Provenance } from "./types.js";

/**
 * How often each rule family was right on the development corpus: `[extracted, right]` per family
 * path and per each of its parents (`event`, `event/dismissal`, `event/dismissal/passive`, …).
 * Written by `npm run eval -- --write` (scripts/eval.ts), never by hand.
 */
export interface Calibration {
  /** What the counts were measured on. */
  measuredOn: string;
  /** How many observations a parent family's precision weighs in a child's (a pseudo-count). */
  strength: number;
  counts: Readonly<Record<string, readonly [number, number]>>;
}

const memo = memoPerObject<Calibration, string, number>();

/**
 * The measured chance that a fact of this family is right: the family's precision on the corpus,
 * shrunk towards its parent's by `strength` pseudo-observations (a family seen twice, right twice,
 * is not sure for all that), down to an even chance for a family nobody has seen.
 */
export function confidenceOf(rule: string, cal: Calibration): number {
  return memo(cal, rule, () => {
    let p = 0.5;
    const parts = rule.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const [n, right] = cal.counts[parts.slice(0, i).join("/")] ?? [0, 0];
      p = (right + cal.strength * p) / (n + cal.strength);
    }
    return Math.round(p * 100) / 100;
  });
}

/** Every family path a rule counts for: itself and each of its parents. */
export function familyPaths(rule: string): string[] {
  const parts = rule.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

function calibrated(facts: readonly Provenance[], cal: Calibration): void {
  for (const f of facts) f.confidence = confidenceOf(f.rule, cal);
}

/**
 * The refiner that gives every fact of an article its family's measured precision, in place:
 * calibrating the same drafts again (as the eval does) gives each fact its new confidence.
 */
export function calibrate(facts: ArticleFacts, cal: Calibration): ArticleFacts {
  calibrated(facts.events, cal);
  calibrated(facts.claims, cal);
  calibrated(facts.quotes, cal);
  return facts;
}
