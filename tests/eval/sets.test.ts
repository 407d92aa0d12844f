import { describe, expect, it } from "vitest";
import { CALIBRATION } from "../../src/core/extract/calibration.js";
import { QUESTION_CONFIDENCE_THRESHOLD } from "../../src/core/extract/threshold.js";
import { triageEvalSet } from "../../src/core/triage/eval-set.js";
import { reviewedPack, TRIAGE_ARTICLE } from "../helpers/triage-pack.js";
import { readSet, scoreAll, totals } from "./run.js";
import { triageSet } from "./sets.js";

describe("a pack's triage decisions as an eval set", () => {
  it("is read and scored like the corpus, its accepted facts as gold", () => {
    const pack = reviewedPack({ "citation-blanc": "accepted", grevistes: "rejected" }, "skip");
    const set = triageSet(triageEvalSet(pack, new Map([["gazette", TRIAGE_ARTICLE]])));
    expect(set.measure).toBe(false);
    expect(set.items.map((i) => [i.name, i.lang])).toEqual([["greve-gazette", "fr"]]);
    const t = totals(scoreAll(readSet(set), () => CALIBRATION, QUESTION_CONFIDENCE_THRESHOLD));
    // The one accepted fact, the quotation, is gold, and it is read.
    expect(t.quotes).toMatchObject({ gold: 1, found: 1 });
    expect(t.events.gold + t.claims.gold).toBe(0);
  });
});
