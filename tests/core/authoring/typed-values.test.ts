import { describe, expect, it } from "vitest";
import { checkUnit, readTypedDate, type Verdict } from "../../../src/core/authoring/checks.js";
import type { Language } from "../../../src/core/i18n/language.js";
import { said } from "../../../src/core/i18n/msg.js";

/** A verdict as the person reads it. */
const verdict = (lang: Language, v: Verdict) => (v === true ? v : said(lang, v));

describe("what a person types in newsquiz new", () => {
  it("reads dates as newsquiz add does, and months and years where a fact may have them", () => {
    const dates = [
      "2024-03-14",
      "14 mars 2024",
      "March 14, 2024",
      "mars 2024",
      "sept. 2023",
      "2024",
    ];
    expect(dates.map((d) => readTypedDate(d, true))).toEqual([
      "2024-03-14",
      "2024-03-14",
      "2024-03-14",
      "2024-03",
      "2023-09",
      "2024",
    ]);
    // A publication date is a day.
    expect(
      ["mars 2024", "2024", "2024-02-30", "demain"].map((d) => readTypedDate(d, false)),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("refuses a unit that is a number, or that repeats the value", () => {
    expect(checkUnit("salariés", 300)).toBe(true);
    expect(verdict("en", checkUnit("450", 300))).toBe(
      '"450" is a number; expected what is counted, such as salariés or euros (the figure is asked apart)',
    );
    expect(verdict("en", checkUnit("300 salariés", 300))).toBe(
      '"300 salariés" repeats a number; expected the unit alone, such as salariés (the value is 300)',
    );
    // The reason is said in the interface's language.
    expect(verdict("fr", checkUnit("300 salariés", 300))).toBe(
      "« 300 salariés » répète un nombre ; attendu l'unité seule, comme salariés (la valeur est 300)",
    );
    expect(verdict("fr", checkUnit("300", undefined))).toBe(
      "« 300 » est un nombre ; attendu ce qui est compté, comme salariés ou euros (le nombre est demandé à part)",
    );
  });
});
