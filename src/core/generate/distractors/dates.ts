import { addDays, datePrecision, parsePartialDate } from "../../facts/dates.js";
import { datesCompatible } from "../../facts/successions.js";
import type { Random } from "../../random.js";
import type { GenContext } from "../context.js";
import { sample, type Tiered } from "./pick.js";

// Shifts that make plausible wrong dates at each precision, nearest first; the pack's own dates
// come first at each distance, so a wrong date is one the reader has seen in the story.
const SHIFTS = {
  day: [1, -1, 2, -2, 3, -3, 7, -7, 30, -30, 91, -91, 365, -365],
  month: [1, -1, 2, -2, 3, -3, 6, -6, 12, -12, 24, -24],
  year: [1, -1, 2, -2, 3, -3, 5, -5, 8, -8],
};
/** Distance (days, months or years) up to which a date counts as near. */
const NEAR = { day: 3, month: 2, year: 2 };
const MEDIUM = { day: 14, month: 6, year: 5 };

/** Distance between two dates of one precision, in days, months or years. */
function distance(a: string, b: string): number {
  const pa = parsePartialDate(a)!;
  const pb = parsePartialDate(b)!;
  if (pa.day !== undefined && pb.day !== undefined) {
    return (
      Math.abs(
        Date.UTC(pa.year, pa.month! - 1, pa.day) - Date.UTC(pb.year, pb.month! - 1, pb.day),
      ) / 86_400_000
    );
  }
  if (pa.month !== undefined && pb.month !== undefined) {
    return Math.abs(pa.year * 12 + pa.month - (pb.year * 12 + pb.month));
  }
  return Math.abs(pa.year - pb.year);
}

const shifted = new Map<string, string>();
function shift(date: string, by: number): string {
  const key = `${date}|${by}`;
  let out = shifted.get(key);
  if (out === undefined) {
    if (shifted.size > 10_000) shifted.clear();
    out = shiftOnce(date, by);
    shifted.set(key, out);
  }
  return out;
}

function shiftOnce(date: string, by: number): string {
  const p = parsePartialDate(date)!;
  if (p.day !== undefined) return addDays(date, by);
  if (p.month !== undefined) {
    const months = p.year * 12 + (p.month - 1) + by;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, "0")}`;
  }
  return String(p.year + by);
}

/** Wrong dates at the answer's precision, none compatible with a date the facts make true. */
export function dateDistractors(
  ctx: GenContext,
  answer: string,
  trueDates: readonly string[],
  rng: Random,
): Tiered<string>[] {
  const precision = datePrecision(answer);
  const ok = (d: string) =>
    d !== answer && !datesCompatible(d, answer) && !trueDates.some((t) => datesCompatible(d, t));
  const tierOf = (d: string) => {
    const dist = distance(d, answer);
    return dist <= NEAR[precision] ? 0 : dist <= MEDIUM[precision] ? 1 : 2;
  };
  const out: Tiered<string>[] = [];
  const seen = new Set<string>();
  const add = (d: string, fromPack: boolean) => {
    if (seen.has(d) || !ok(d)) return;
    seen.add(d);
    out.push({ value: d, tier: tierOf(d), own: fromPack });
  };
  const known = ctx.pools.dates.get(precision) ?? [];
  for (const d of nearestOf(known, answer, 8)) add(d, true);
  for (const d of sample(known, 8, rng)) add(d, true);
  for (const by of SHIFTS[precision]) add(shift(answer, by), false);
  return out;
}

/** The `k` dates on each side of `date` in a sorted list, found by binary search. */
function nearestOf(sorted: readonly string[], date: string, k: number): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(Math.max(0, lo - k), lo + k);
}
