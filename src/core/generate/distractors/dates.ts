import {
  addDays,
  datePrecision,
  firstDayOf,
  lastDayOf,
  type Period,
  parsePartialDate,
  periodsMeet,
} from "../../facts/dates.js";
import { boundedMemo } from "../../memo.js";
import type { Random } from "../../random.js";
import type { DateBounds, GenContext } from "../context.js";
import { sample, type Tiered } from "./pick.js";

// Shifts that make plausible wrong dates at each precision, nearest first; the pack's own dates
// come first at each distance, so a wrong date is one the reader has seen in the story.
const SHIFTS = {
  day: [1, -1, 2, -2, 3, -3, 7, -7, 30, -30, 91, -91, 365, -365],
  month: [1, -1, 2, -2, 3, -3, 6, -6, 12, -12, 24, -24],
  year: [1, -1, 2, -2, 3, -3, 5, -5, 8, -8],
};
/** A span moves by whole weeks, so that a weekend stays a weekend. */
const SPAN_SHIFTS = [-7, 7, -14, 14, -21, 21, -28, 28, -35, 35, -364, 364];
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

const shifted = boundedMemo<string>(10_000);
function shift(date: string, by: number): string {
  return shifted(`${date}|${by}`, () => shiftOnce(date, by));
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

function within(period: Period, bounds: DateBounds): boolean {
  const first = firstDayOf(period.date!);
  const last = lastDayOf(period.until ?? period.date!);
  if (first === undefined || last === undefined) return false;
  if (bounds.latest !== undefined && first > bounds.latest) return false;
  if (bounds.earliest !== undefined && last < bounds.earliest) return false;
  return true;
}

/**
 * Wrong dates at the answer's precision (wrong spans of the same length for a span), none that
 * may share a day with a period the facts make true, none outside the bounds.
 */
export function dateDistractors(
  ctx: GenContext,
  answer: Period,
  truePeriods: readonly Period[],
  rng: Random,
  bounds: DateBounds = {},
): Tiered<Period>[] {
  const start = answer.date!;
  const precision = datePrecision(start);
  const span = answer.until !== undefined && answer.until !== start;
  const ok = (p: Period) =>
    !periodsMeet(p, answer) && !truePeriods.some((t) => periodsMeet(p, t)) && within(p, bounds);
  const tierOf = (d: string) => {
    const dist = distance(d, start);
    return dist <= NEAR[precision] ? 0 : dist <= MEDIUM[precision] ? 1 : 2;
  };
  const out: Tiered<Period>[] = [];
  const seen = new Set<string>();
  const add = (p: Period, fromPack: boolean) => {
    const key = `${p.date}|${p.until ?? ""}`;
    if (seen.has(key) || !ok(p)) return;
    seen.add(key);
    out.push({ value: p, tier: tierOf(p.date!), own: fromPack });
  };
  if (span) {
    if (precision !== "day") return [];
    for (const by of SPAN_SHIFTS) {
      add({ date: shift(start, by), until: shift(answer.until!, by) }, false);
    }
    return out;
  }
  const known = ctx.pools.dates.get(precision) ?? [];
  for (const d of nearestOf(known, start, 8)) add({ date: d }, true);
  for (const d of sample(known, 8, rng)) add({ date: d }, true);
  for (const by of SHIFTS[precision]) add({ date: shift(start, by) }, false);
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
