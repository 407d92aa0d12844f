import { describe, expect, it } from "vitest";
import { checkUnit, readTypedDate } from "../../../src/core/authoring/checks.js";

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
    expect(checkUnit("450", 300)).toBe(
      '"450" is a number; expected what is counted, such as salariés or euros (the figure is asked apart)',
    );
    expect(checkUnit("300 salariés", 300)).toBe(
      '"300 salariés" repeats a number; expected the unit alone, such as salariés (the value is 300)',
    );
  });
});
