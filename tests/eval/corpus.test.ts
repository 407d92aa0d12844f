import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CALIBRATION } from "../../src/core/extract/calibration.js";
import { QUESTION_CONFIDENCE_THRESHOLD } from "../../src/core/extract/threshold.js";
import { figuresOf, type Ratchet, regressions, STRENGTH, TOLERANCE } from "./figures.js";
import { countFamilies, crossValidate, observe, readSet, scoreAll } from "./run.js";
import { corpusSet } from "./sets.js";

const corpus = corpusSet();
const absent = corpus ? "" : " (skipped: ../shared/corpus is not there)";
const kept = JSON.parse(readFileSync(join(import.meta.dirname, "figures.json"), "utf8")) as Ratchet;

describe.skipIf(!corpus)(`extraction on the development corpus${absent}`, () => {
  const readings = corpus ? readSet(corpus) : [];
  const observations = observe(readings);

  it("is measured at the question threshold", () => {
    expect(kept.threshold).toBe(QUESTION_CONFIDENCE_THRESHOLD);
  });

  it(`keeps recall and precision within ${TOLERANCE} of tests/eval/figures.json, in sample and held out`, () => {
    const now = figuresOf(
      kept.threshold,
      scoreAll(readings, () => CALIBRATION, kept.threshold),
      crossValidate(readings, observations, (a) => a, STRENGTH, kept.threshold),
    );
    expect(regressions(kept, now)).toEqual([]);
  });

  it("gives each fact the precision its rule family has on the corpus now (npm run eval -- --write)", () => {
    const fresh = countFamilies(observations, CALIBRATION.measuredOn, STRENGTH);
    expect(CALIBRATION.strength).toBe(STRENGTH);
    expect(CALIBRATION.counts).toEqual(fresh.counts);
  });
});
