import { describe, expect, it } from "vitest";
import { triageEvalSet } from "../../../src/core/triage/eval-set.js";
import { reviewedPack, TRIAGE_ARTICLE } from "../../helpers/triage-pack.js";

describe("a pack's triage decisions as an evaluation set", () => {
  it("makes accepted and edited facts gold and rejected ones known-wrong, per article", () => {
    const base = reviewedPack(
      {
        "renvoi-roux": "edited",
        "embauche-blanc": "accepted",
        grevistes: "rejected",
        "citation-blanc": "accepted",
      },
      "skip",
    );
    const pack = {
      ...base,
      events: base.events.map((e) => (e.id === "renvoi-roux" ? { ...e, date: "2024-03-14" } : e)),
    };
    const cases = triageEvalSet(pack, new Map([["gazette", TRIAGE_ARTICLE]]));
    expect(cases).toHaveLength(1);
    const [c] = cases;
    expect(c!.name).toBe("greve-gazette");
    expect(c!.article).toBe(
      `---\noutlet: "La Gazette"\npublished: 2024-03-15\nlang: fr\n---\n${TRIAGE_ARTICLE.trim()}\n`,
    );
    expect(c!.gold).toEqual({
      published: "2024-03-15",
      lang: "fr",
      entities: [
        { name: "Acme", kind: "organization", aliases: [] },
        { name: "Paul Roux", kind: "person", aliases: ["Roux"] },
        { name: "Inès Blanc", kind: "person", aliases: ["Mme Blanc"] },
      ],
      events: [
        {
          type: "dismissal",
          actor: "Acme",
          target: "Paul Roux",
          date: "2024-03-14",
          evidence: "Vendredi, la société Acme a limogé Paul Roux, son directeur financier.",
          optional: false,
        },
        {
          type: "hiring",
          actor: "Acme",
          target: "Inès Blanc",
          date: "2024-03-11",
          role: "directrice financière",
          evidence: "Lundi, Acme a embauché Inès Blanc comme directrice financière.",
          optional: false,
        },
      ],
      claims: [],
      quotes: [
        {
          speaker: "Inès Blanc",
          text_start: "Nous ne céderons pas sur les",
          evidence: "« Nous ne céderons pas sur les salaires », a déclaré Inès Blanc.",
        },
      ],
      rejected: {
        events: [],
        claims: [
          {
            about: "le nombre de grévistes",
            value: 300,
            total: 450,
            unit: "salariés",
            holder: "Acme",
            evidence: "Plus de 300 des 450 salariés ont cessé le travail.",
            optional: false,
          },
        ],
        quotes: [],
      },
      triage: { pack: "greve", source: "gazette", exhaustive: false },
    });
  });

  it("leaves out facts nobody reviewed, and articles with no text or no decision", () => {
    expect(triageEvalSet(reviewedPack({}, "skip"), new Map([["gazette", TRIAGE_ARTICLE]]))).toEqual(
      [],
    );
    expect(triageEvalSet(reviewedPack({ "renvoi-roux": "accepted" }), new Map())).toEqual([]);
  });
});
