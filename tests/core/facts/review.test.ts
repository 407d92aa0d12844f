import { describe, expect, it } from "vitest";
import { factsInUse } from "../../../src/core/facts/review.js";
import { generateQuestions } from "../../../src/core/generate/index.js";
import { summarise } from "../../../src/core/summarise/index.js";
import { packSearch } from "../../../src/ui/screens/overlays/search-index.js";
import { reviewedPack } from "../../helpers/triage-pack.js";

const asked = (pack: Parameters<typeof generateQuestions>[0]) =>
  generateQuestions(pack, { seed: 1 }).map((q) => `${q.id}${q.unreviewed ? " (unreviewed)" : ""}`);

// The test pack holds five extracted facts: the dismissal (confidence 0.8), the hiring (0.7),
// the strike (0.5, below the threshold of 0.6), the strikers' figure (0.7), the quote (0.85).
describe("which facts questions and summaries use", () => {
  it("with unreviewed: skip, only the facts a person accepted or edited", () => {
    const pack = reviewedPack({ "renvoi-roux": "accepted", "embauche-blanc": "rejected" }, "skip");
    expect(asked(pack)).toEqual(["renvoi-roux.when", "renvoi-roux.true-false"]);
    expect(summarise(pack, { length: "long" }).summary).toBe(
      "Le vendredi 15 mars 2024, Acme a évincé Paul Roux.",
    );
  });

  it("with unreviewed: ask, unreviewed facts at or above the threshold too, marked; rejected never", () => {
    const pack = reviewedPack({ "renvoi-roux": "accepted", "embauche-blanc": "rejected" }, "ask");
    expect(asked(pack)).toEqual([
      "grevistes.how-many (unreviewed)",
      "grevistes.true-false (unreviewed)",
      "renvoi-roux.when",
      "citation-blanc.true-false (unreviewed)",
      "renvoi-roux.true-false",
    ]);
    // The hiring was rejected, the strike is below the threshold: neither is told.
    expect(summarise(pack, { length: "long" }).summary).toBe(
      "Le vendredi 15 mars 2024, Acme a évincé Paul Roux.\n\nSelon La Gazette, le nombre de grévistes est de plus de 300 sur 450 salariés.",
    );
  });

  it("a pack that says nothing asks as before: unreviewed facts at or above the threshold", () => {
    const pack = reviewedPack({});
    expect(pack.unreviewed).toBeUndefined();
    expect(factsInUse(pack).events.map((e) => e.id)).toEqual(["renvoi-roux", "embauche-blanc"]);
  });

  it("a fact a person accepted is used whatever the extractor's confidence", () => {
    const pack = reviewedPack({ "greve-acme": "accepted" }, "skip");
    expect(asked(pack)).toEqual(["greve-acme.when", "greve-acme.true-false"]);
    expect(summarise(pack, { length: "short" }).summary).toBe(
      "Le jeudi 14 mars 2024, les salariés d'Acme se sont mis en grève chez Acme.",
    );
  });

  it("an edited fact is used as corrected, and no rejected fact is ever used", () => {
    const base = reviewedPack({ "renvoi-roux": "edited", "embauche-blanc": "rejected" }, "ask");
    const pack = {
      ...base,
      events: base.events.map((e) => (e.id === "renvoi-roux" ? { ...e, date: "2024-03-14" } : e)),
    };
    const used = factsInUse(pack);
    expect(used.events.map((e) => `${e.id} ${e.date}`)).toEqual(["renvoi-roux 2024-03-14"]);
    expect(
      generateQuestions(pack, { seed: 1 }).every((q) => !q.facts.includes("embauche-blanc")),
    ).toBe(true);
  });

  it("keeps a pack whose facts are all in use as it is, so that what is cached of it is shared", () => {
    const pack = reviewedPack({ "greve-acme": "accepted" }, "ask");
    expect(factsInUse(pack)).toBe(pack);
    const used = factsInUse(reviewedPack({}, "skip"));
    expect(used.events).toEqual([]);
    expect(factsInUse(used)).toBe(used);
  });
});

describe("searching a pack (/)", () => {
  it("finds no rejected fact, as the quiz asks none", () => {
    const found = (reviews: Parameters<typeof reviewedPack>[0]) =>
      packSearch(
        reviewedPack(reviews, "skip"),
        [],
        "fr",
      )("embauche blanc")
        .filter((e) => e.kind === "search.fact")
        .map((e) => e.text);
    expect(found({ "embauche-blanc": "accepted" })).toEqual([
      "Acme a embauché Inès Blanc comme directrice financière.",
    ]);
    expect(found({ "embauche-blanc": "rejected" })).toEqual([]);
  });
});
