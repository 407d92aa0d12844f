import { describe, expect, it } from "vitest";
import { countNoun, plural, pluralCategory } from "../../../src/core/i18n/plural.js";

describe("plural rules", () => {
  it("give French the singular for 0 and 1, English for 1 only (Intl.PluralRules)", () => {
    expect([0, 1, 1.5, 2].map((n) => pluralCategory("fr", n))).toEqual([
      "one",
      "one",
      "one",
      "other",
    ]);
    expect([0, 1, 1.5, 2].map((n) => pluralCategory("en", n))).toEqual([
      "other",
      "one",
      "other",
      "other",
    ]);
    expect(countNoun("fr", 0, "question", "questions")).toBe("0 question");
    expect(countNoun("en", 0, "question", "questions")).toBe("0 questions");
    expect(countNoun("fr", 1200, "réponse", "réponses")).toBe("1\u00a0200 réponses");
    // A million in French takes « de », where the forms give it a form of its own.
    expect(plural("fr", 1_000_000, { one: "# an", many: "# d'ans", other: "# ans" })).toBe(
      "1\u00a0000\u00a0000 d'ans",
    );
  });
});
