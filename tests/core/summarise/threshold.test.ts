import { describe, expect, it } from "vitest";
import { QUESTION_CONFIDENCE_THRESHOLD } from "../../../src/core/extract/threshold.js";
import { summarise } from "../../../src/core/summarise/index.js";
import { extractMany } from "../../helpers/extract.js";

describe("summaries of extracted facts", () => {
  const article = {
    text: "Vendredi, la société Acme a limogé Paul Roux. Lundi, la société Vega a embauché Léa Martin.",
  };
  const pack = extractMany([article]);
  // Every event sure enough, except those of one type, just below the threshold.
  const unsure = (type: string) => ({
    ...pack,
    events: pack.events.map((e) => ({
      ...e,
      confidence: e.type === type ? QUESTION_CONFIDENCE_THRESHOLD - 0.01 : 0.95,
    })),
  });

  it("tell no fact below the question threshold, in the summary nor in the timeline", () => {
    const sure = summarise(unsure("none"), { length: "long" });
    expect(sure.summary).toContain("Paul Roux");
    expect(sure.summary).toContain("Léa Martin");
    const held = summarise(unsure("dismissal"), { length: "long" });
    expect(held.summary).not.toContain("Paul Roux");
    expect(held.summary).toContain("Léa Martin");
    expect(held.timeline.map((t) => t.text).join(" ")).not.toContain("Paul Roux");
  });
});
