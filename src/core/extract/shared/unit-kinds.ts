import type { UnitRule } from "../config.js";

/**
 * What each kind of unit counts, in the order a language's units are tried after a figure (the
 * first that matches wins). The same in every language: each says only with which words, and
 * which unit it writes (languages/<code>/extract/quantities.ts).
 */
const UNIT_KINDS = {
  percent: { category: "percent", reason: "percentage" },
  dollars: { category: "money", reason: "amount in dollars" },
  euros: { category: "money", reason: "amount in euros" },
  pounds: { category: "money", reason: "amount in pounds" },
  staff: { category: "people", reason: "count of people at work" },
  jobs: { category: "people", reason: "jobs" },
  members: { category: "people", reason: "members of a union or party" },
  passengers: { category: "people", reason: "passengers" },
  public: { category: "people", reason: "count of people who are not staff" },
  users: { category: "people", reason: "count of users" },
  trades: { category: "people", reason: "people counted by what they do" },
  things: { category: "thing", reason: "things counted: stores, plants, countries, votes…" },
  years: { category: "time", reason: "years" },
  days: { category: "time", reason: "days" },
  months: { category: "time", reason: "months" },
  hours: { category: "time", reason: "hours" },
} as const satisfies Record<string, Pick<UnitRule, "category" | "reason">>;

/** A language's words for a kind of unit (a pattern over folded text), and the unit it writes. */
export type UnitWords = readonly [match: string, unit: string];

/** A language's units, kind by kind in the order they are tried. */
export function unitRules(words: Record<keyof typeof UNIT_KINDS, UnitWords>): UnitRule[] {
  return Object.entries(UNIT_KINDS).map(([kind, { category, reason }]) => {
    const [match, unit] = words[kind as keyof typeof UNIT_KINDS];
    return { match, unit, category, reason };
  });
}
