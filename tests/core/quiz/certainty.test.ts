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
    const at = (certainty: "low" | "medium" | "high", ...scores: number[]) =>
      scores.map((score) => ({ score, certainty }));
    const levels = calibration([
      ...at("high", 1, 1, 1, 1, 0),
      ...at("medium", 1, 1, 1, 1, 1, 1),
      ...at("low", 0, 1, 0, 0, 0),
    ]);
    expect(levels.map((l) => [l.certainty, l.answers, l.accuracy, l.verdict])).toEqual([
      ["low", 5, 0.2, "calibrated"],
      ["medium", 6, 1, "underconfident"],
      ["high", 5, 0.8, "calibrated"],
    ]);
    expect(calibration(at("high", 0, 0, 0, 0, 0))[2]!.verdict).toBe("overconfident");
  });

  it("judges no level before it has five answers", () => {
    const levels = calibration([
      { score: 0, certainty: "high" },
      { score: 1, certainty: "low" },
      { score: 1, certainty: "low" },
      { score: 1, certainty: "low" },
      { score: 1, certainty: "low" },
    ]);
    expect(levels.map((l) => [l.certainty, l.answers, l.verdict])).toEqual([
      ["low", 4, "too-few"],
      ["medium", 0, "none"],
      ["high", 1, "too-few"],
    ]);
  });
});
