import { describe, expect, it } from "vitest";
import { factCard } from "../../../src/core/triage/card.js";
import { highlightEvidence } from "../../../src/core/triage/highlight.js";
import { triageQueue } from "../../../src/core/triage/queue.js";
import { cardLines } from "../../../src/core/triage/transcript.js";
import { packFrom } from "../../helpers/packs.js";
import { triagePack } from "../../helpers/triage-pack.js";

const pack = triagePack();
const ref = (id: string) => triageQueue(pack).find((r) => r.fact.id === id)!;
const marked = (id: string, evidence?: string) =>
  highlightEvidence(pack, ref(id), evidence ?? ref(id).fact.evidence!)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe("a fact as the review shows it", () => {
  it("is the sentence the quiz will state, its evidence with the words it was read from marked", () => {
    const card = factCard(pack, ref("renvoi-roux"), "fr", undefined);
    expect(cardLines(card, 1, 5, "fr")).toEqual([
      "Fait 1 sur 5 à revoir · Événement",
      "Le vendredi 15 mars 2024, Acme a évincé Paul Roux.",
      "Lu dans : [Vendredi], la société [Acme] a limogé [Paul Roux], son directeur financier.",
      "Source : La Gazette · Date : vendredi 15 mars 2024 · Confiance : 80\u00a0%",
    ]);
  });

  it("in English, with the decision already taken", () => {
    const card = factCard(pack, ref("grevistes"), "en", "rejected");
    expect(cardLines(card, 4, 5, "en")).toEqual([
      "Fact 4 of 5 to review · Figure",
      "“le nombre de grévistes” is more than 300 of 450 salariés.",
      "Read in: Plus de [300] des [450] salariés ont cessé le travail.",
      "Source: La Gazette · Date: none · Confidence: 70% · ✗ rejected",
    ]);
  });

  it("marks names by alias, roles, quotations and dates written in words", () => {
    expect(marked("embauche-blanc")).toEqual([
      "Lundi",
      "Acme",
      "Inès Blanc",
      "directrice financière",
    ]);
    expect(marked("citation-blanc")).toEqual([
      "Nous ne céderons pas sur les salaires",
      "Inès Blanc",
    ]);
    expect(marked("renvoi-roux", "Le 15 mars 2024, ACME a remercié M. Roux.")).toEqual([
      "15 mars 2024",
      "ACME",
      "Roux",
    ]);
  });

  it("marks whole words only, and figures written with their scale", () => {
    // « Acmen » is not Acme; « 2024 » inside « 20245 » is not the year.
    expect(marked("renvoi-roux", "Acmen a licencié Paulo en 20245.")).toEqual([]);
    const big = packFrom(`title: T
language: fr
sources: [{ id: s, language: fr }]
claims:
  - id: levee
    about: le montant levé
    value: 13000000000
    unit: dollars
    sources: [s]
    evidence: Elle a levé 13 milliards de dollars et 2 millions d'euros.
    extracted: true
`);
    const claim = { kind: "claim" as const, fact: big.claims[0]! };
    expect(
      highlightEvidence(big, claim, big.claims[0]!.evidence!)
        .filter((s) => s.marked)
        .map((s) => s.text),
    ).toEqual(["13 milliards"]);
  });
});
