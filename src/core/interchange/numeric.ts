import type { z } from "zod";
import type { Said } from "../i18n/msg.js";
import type { numericAnswer } from "../question/parts.js";

type NumericAnswer = z.output<typeof numericAnswer>;

/** The message for a range written where a format has none. */
export const RANGE_NOTE: Said = { key: "export.range" };

/**
 * A numeric answer as a value and a tolerance, as Moodle holds every one: a range min..max is its
 * middle, give or take half its width (`range` says when that happened).
 */
export function valueAndTolerance(a: NumericAnswer): {
  value: number;
  tolerance: number;
  range: boolean;
} {
  if (a.value !== undefined) return { value: a.value, tolerance: a.tolerance ?? 0, range: false };
  return { value: (a.min! + a.max!) / 2, tolerance: (a.max! - a.min!) / 2, range: true };
}
