import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractPack, QUESTION_CONFIDENCE_THRESHOLD } from "../../../src/core/extract/index.js";
import { factsJson } from "../../../src/core/facts/json.js";
import { packSchema } from "../../../src/core/facts/schema.js";
import { safeJson } from "../../../src/core/text/inert.js";
import { extract } from "../../helpers/extract.js";

describe("extraction on any input", () => {
  it("never throws and always gives a valid pack", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom("fr" as const, "en" as const),
        (text, lang) => {
          const pack = extractPack([{ text, meta: { lang, published: "2023-11-21" } }]);
          expect(packSchema.safeParse(pack).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Texts made of the runs that trouble tokenisers and regular expressions: long digit runs,
  // capitals (names?), punctuation, quotes and apostrophes, and several scripts in one sentence.
  const run = (chars: string, max = 300) =>
    fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: max }).map((cs) => cs.join(""));
  const piece = fc.oneof(
    run("0123456789", 500),
    run("0123456789 ,.", 200),
    run("ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÀ ", 400),
    run(".,;:!?«»\"'’()[]-–—… %$€", 300),
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom(
      "Le conseil a limogé ",
      "Marie Dupont, directrice de Vega, ",
      " a été nommée PDG le vendredi 3 mars. ",
      "plus de 500 des 770 employés ",
      "The board fired John Smith on Friday. ",
      "Иван Петров 李雷 محمد ",
      "M. ",
      "« ",
    ),
  );

  it("gives valid facts JSON for runs of digits, capitals, punctuation and mixed scripts", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((ps) => ps.join("")),
        fc.constantFrom("fr" as const, "en" as const, undefined),
        (text, lang) => {
          const pack = extractPack([{ text, meta: { lang, published: "2023-11-21" } }]);
          expect(packSchema.safeParse(pack).success).toBe(true);
          const json = JSON.parse(safeJson(factsJson(pack)));
          expect(Object.keys(json)).toEqual(Object.keys(factsJson(pack)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads pathological texts correctly (patterns that make careless regular expressions backtrack)", () => {
    const long = [
      "« ".repeat(5_000),
      "M. ".repeat(5_000),
      "A".repeat(100_000),
      `${"Acme ".repeat(20_000)}a limogé Paul Roux.`,
      `${"de la ".repeat(20_000)}société`,
      "1 000 ".repeat(20_000),
      "plus de ".repeat(20_000),
      `«${"mot ".repeat(30_000)}`,
      "(image ".repeat(10_000),
    ];
    for (const text of long) {
      const pack = extractPack([{ text, meta: { lang: "fr", published: "2023-11-21" } }]);
      expect(packSchema.safeParse(pack).success).toBe(true);
    }
    // A long name list before a verb still yields the sentence's event.
    expect(
      extract(`La société Acme a limogé Paul Roux. ${"Texte neutre sans fait. ".repeat(2_000)}`)
        .events,
      // The article's first sentence, undated, tells the news of the day it was published.
    ).toEqual([{ type: "dismissal", actor: "Acme", target: "Paul Roux", date: "2023-11-21" }]);
  });

  it("exposes the confidence below which no question may be made", () => {
    expect(QUESTION_CONFIDENCE_THRESHOLD).toBeGreaterThan(0.5);
    expect(QUESTION_CONFIDENCE_THRESHOLD).toBeLessThan(1);
  });
});
