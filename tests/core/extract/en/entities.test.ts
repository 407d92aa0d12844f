import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

const en = { lang: "en" as const };

describe("English entities and quotes", () => {
  it("leaves a capitalised title out of the name (« Chief Executive Kelly Smith »)", () => {
    const names = extract(
      "Vega Chief Executive Kelly Smith said the company would appeal. Smith spoke on Friday.",
      en,
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Vega", "Kelly Smith"]));
    expect(names.some((n) => n.includes("Chief"))).toBe(false);
  });

  it("reads the speaker written between the quotation and « said »", () => {
    expect(
      extract('Kelly Smith runs Vega. "We will appeal this decision," Smith said on Friday.', en)
        .quotes,
    ).toEqual([{ speaker: "Kelly Smith", text: "We will appeal this decision" }]);
  });

  it("reads partners joined by an ampersand as one company, « Harlow & Pike »", () => {
    const { entities, events } = extract("Harlow & Pike fired Paul Roux on Monday.", en);
    expect(entities.find((e) => e.name === "Harlow & Pike")?.kind).toBe("organisation");
    expect(events).toEqual([
      { type: "dismissal", actor: "Harlow & Pike", target: "Paul Roux", date: "2023-11-20" },
    ]);
  });
});
