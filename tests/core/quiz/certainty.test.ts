import { describe, expect, it } from "vitest";
import { calibration, certaintyMark } from "../../../src/core/quiz/certainty.js";

describe("certainty-based marking", () => {
  it("gives 1/2/3 when right and 0/-2/-6 when wrong, as Moodle does", () => {
    expect((["low", "medium", "high"] as const).map((c) => certaintyMark(1, c))).toEqual([1, 2, 3]);
    expect((["low", "medium", "high"] as const).map((c) => certaintyMark(0, c))).toEqual([
      0, -2, -6,
    ]);
    expect(certaintyMark(0.5, "high")).toBe(1.5);
  });

  it("says a level is calibrated inside Moodle's ranges (<67 %, 67-80 %, >80 %)", () => {
    const levels = calibration([
      { score: 1, certainty: "high" },
      { score: 1, certainty: "high" },
      { score: 1, certainty: "high" },
      { score: 1, certainty: "high" },
      { score: 0, certainty: "high" },
      { score: 0, certainty: "low" },
    ]);
    expect(levels.map((l) => [l.certainty, l.answers, l.accuracy, l.verdict])).toEqual([
      ["low", 1, 0, "calibrated"],
      ["medium", 0, undefined, "none"],
      ["high", 5, 0.8, "calibrated"],
    ]);
  });
});
