import type { Calibration } from "./calibrate.js";
import counts from "./calibration.json" with { type: "json" };

/**
 * How often each rule family was right on the development corpus, counted by
 * `npm run eval -- --write` into calibration.json (never edited by hand).
 */
export const CALIBRATION: Calibration = counts as unknown as Calibration;
