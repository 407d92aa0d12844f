import type { Certainty } from "./answer-record.js";

/** Certainty levels, least sure first. */
export const CERTAINTIES: readonly Certainty[] = ["low", "medium", "high"];

const RIGHT: Record<Certainty, number> = { low: 1, medium: 2, high: 3 };
const WRONG: Record<Certainty, number> = { low: 0, medium: -2, high: -6 };

/**
 * The certainty-based mark of an answer, as Moodle's CBM computes it: a wrong answer (score 0)
 * earns 0, -2 or -6; any other earns its score times 1, 2 or 3.
 */
export function certaintyMark(score: number, certainty: Certainty): number {
  return score <= 1e-7 ? WRONG[certainty] : RIGHT[certainty] * score;
}

/**
 * The share of right answers for which each level is the best bet (Moodle's table): low below
 * 67 %, medium from 67 % to 80 %, high above 80 %.
 */
export const CERTAINTY_RANGES: Record<Certainty, [number, number]> = {
  low: [0, 2 / 3],
  medium: [2 / 3, 0.8],
  high: [0.8, 1],
};

/** How answers given at one certainty level turned out. */
export interface CertaintyLevel {
  certainty: Certainty;
  answers: number;
  /** Sum of the scores (partial credit counts its share). */
  right: number;
  /** right / answers, or undefined with no answers. */
  accuracy: number | undefined;
  /**
   * Whether the reader was right as often as this level means: under- or over-confident; none
   * without answers, too few below {@link MIN_TO_JUDGE} of them.
   */
  verdict: "calibrated" | "overconfident" | "underconfident" | "none" | "too-few";
}

/**
 * Answers a level needs before its calibration is judged: one lucky guess at "low" is no sign
 * of underconfidence. Five answers at a level is where one answer more or less moves the share
 * right by at most a fifth, about the width of Moodle's ranges.
 */
export const MIN_TO_JUDGE = 5;

/** The calibration summary: per level, how often the reader was right when they said so. */
export function calibration(
  answers: readonly { score: number; certainty: Certainty }[],
): CertaintyLevel[] {
  return CERTAINTIES.map((certainty) => {
    const mine = answers.filter((a) => a.certainty === certainty);
    const right = mine.reduce((sum, a) => sum + a.score, 0);
    const accuracy = mine.length ? right / mine.length : undefined;
    const [low, high] = CERTAINTY_RANGES[certainty];
    let verdict: CertaintyLevel["verdict"] = "none";
    if (accuracy !== undefined && mine.length < MIN_TO_JUDGE) verdict = "too-few";
    else if (accuracy !== undefined) {
      if (accuracy < low - 1e-9) verdict = "overconfident";
      else if (accuracy > high + 1e-9) verdict = "underconfident";
      else verdict = "calibrated";
    }
    return { certainty, answers: mine.length, right, accuracy, verdict };
  });
}
