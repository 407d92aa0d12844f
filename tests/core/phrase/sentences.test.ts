import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datePrecision } from "../../../src/core/facts/dates.js";
import { indexFacts } from "../../../src/core/facts/fact-index.js";
import { MASCULINE_SINGULAR } from "../../../src/core/phrase/agreement.js";
import { claimClause } from "../../../src/core/phrase/claims.js";
import { phraseContext } from "../../../src/core/phrase/context.js";
import { eventSayable, eventSentence } from "../../../src/core/phrase/event-sentence.js";
import { packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

const pack = packFrom(readFileSync(join(ROOT, "tests/fixtures/packs/grammar.yaml"), "utf8"));
const index = indexFacts(pack);
const fr = phraseContext(index, "fr");
const en = phraseContext(index, "en");
const event = (id: string) => pack.events.find((e) => e.id === id)!;

/** Each event of the fixture: its sentence, its « when » question, its « whom » question. */
function frenchOf(id: string) {
  const e = event(id);
  return [
    eventSentence(fr, e, { date: "lead" }),
    e.date ? fr.grammar.when(fr.grammar.clause(fr, e), datePrecision(e.date)) : undefined,
    fr.grammar.whom(fr.grammar.clause(fr, e), MASCULINE_SINGULAR, { omitActor: false }),
  ];
}

function englishOf(id: string) {
  const e = event(id);
  return [
    eventSentence(en, e, { date: "lead" }),
    e.date ? en.grammar.when(en.grammar.clause(en, e), datePrecision(e.date)) : undefined,
    en.grammar.whom(en.grammar.clause(en, e), MASCULINE_SINGULAR, { omitActor: false }),
  ];
}

describe("French sentences and questions from events", () => {
  it("agree the participle with a feminine subject, in the passive and with être", () => {
    expect(frenchOf("fondation")).toEqual([
      "En 1990, Acme a été fondée.",
      "En quelle année Acme a-t-elle été fondée ?",
      "Quelle organisation a été fondée ?",
    ]);
    expect(frenchOf("depart-infirmieres")).toEqual([
      "En avril 2024, les infirmières sont parties.",
      "En quel mois les infirmières sont-elles parties ?",
      undefined,
    ]);
    expect(frenchOf("declaration-lea")).toEqual([
      "Le samedi 16 mars 2024, Léa Martin s'est exprimée dans un communiqué.",
      "Quel jour Léa Martin s'est-elle exprimée dans un communiqué ?",
      undefined,
    ]);
  });

  it("agree pronominal verbs in the plural, masculine and feminine", () => {
    expect(frenchOf("greve")).toEqual([
      "Le jeudi 14 mars 2024, les salariés d'Acme se sont mis en grève chez Acme.",
      "Quel jour les salariés d'Acme se sont-ils mis en grève chez Acme ?",
      "Chez quelle organisation les salariés d'Acme se sont-ils mis en grève ?",
    ]);
    expect(frenchOf("greve-infirmieres")[0]).toBe(
      "Le vendredi 15 mars 2024, les infirmières se sont mises en grève.",
    );
  });

  it("elide and contract before names with a vowel or an article", () => {
    expect(frenchOf("demission-emile")).toEqual([
      "Le vendredi 1er mars 2024, Émile Roux a démissionné de son poste de directeur financier de la SNCF.",
      "Quel jour Émile Roux a-t-il démissionné de son poste de directeur financier de la SNCF ?",
      undefined,
    ]);
    expect(frenchOf("negociation")).toEqual([
      "Le lundi 18 mars 2024, le syndicat a négocié avec l'Élysée.",
      "Quel jour le syndicat a-t-il négocié avec l'Élysée ?",
      "Avec quelle organisation le syndicat a-t-il négocié ?",
    ]);
    expect(frenchOf("nomination-lea")).toEqual([
      "Le samedi 2 mars 2024, le syndicat a nommé Léa Martin déléguée d'Acme.",
      "Quel jour le syndicat a-t-il nommé Léa Martin déléguée d'Acme ?",
      "Qui le syndicat a-t-il nommé déléguée d'Acme ?",
    ]);
  });

  it("ask with « est-ce que » when the pack gives no gender to invert with, eliding « qu'Yves »", () => {
    expect(frenchOf("lancement")).toEqual([
      "Le samedi 1er juin 2024, Yves Petit a lancé Orion.",
      "Quel jour est-ce qu'Yves Petit a lancé Orion ?",
      "Quel produit a été lancé par Yves Petit ?",
    ]);
  });

  it("tell an event with no one in it as a full sentence", () => {
    expect(frenchOf("evenement")).toEqual([
      "Le dimanche 2 juin 2024, l'événement a eu lieu.",
      undefined,
      undefined,
    ]);
  });
});

describe("English sentences and questions from a French pack", () => {
  it("use the pack's English alias for a name with a French article", () => {
    expect(englishOf("greve")).toEqual([
      "On Thursday, March 14, 2024, Acme employees went on strike at Acme.",
      "On what day did Acme employees go on strike at Acme?",
      "At which organisation did Acme employees go on strike?",
    ]);
    expect(englishOf("fondation")).toEqual([
      "In 1990, Acme was founded.",
      "In what year was Acme founded?",
      "Which organisation was founded?",
    ]);
  });

  it("tell nothing that needs French words the pack gives no English for", () => {
    // « le syndicat » and the post « déléguée » have no English in the pack: the appointment
    // cannot be told in English without them (to what was she appointed?), so it is not.
    expect(eventSayable(en, event("nomination-lea"))).toBe(false);
    expect(eventSayable(en, event("negociation"))).toBe(false);
    expect(eventSayable(fr, event("nomination-lea"))).toBe(true);
    const translated = packFrom(`
title: Nomination
language: fr
sources: [{ id: s, outlet: La Gazette, language: fr }]
entities:
  - { id: acme, name: Acme, kind: organisation, gender: f }
  - { id: syndicat, name: le syndicat, kind: group, gender: m, translations: { en: { name: the union } } }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
events:
  - { id: n, type: appointment, actor: syndicat, target: lea, role: déléguée, org: acme, date: 2024-03-02, sources: [s], translations: { en: { role: delegate } } }
`);
    const english = phraseContext(indexFacts(translated), "en");
    const n = translated.events[0]!;
    expect(eventSayable(english, n)).toBe(true);
    expect(eventSentence(english, n, { date: "lead" })).toBe(
      "On Saturday, March 2, 2024, the union appointed Léa Martin delegate of Acme.",
    );
    expect(
      english.grammar.whom(english.grammar.clause(english, n), MASCULINE_SINGULAR, {
        omitActor: false,
      }),
    ).toBe("Who did the union appoint delegate of Acme?");
  });
});

describe("figures", () => {
  const claim = (about: string, value: number, unit: string, en: string, enUnit?: string) => ({
    id: "c",
    about,
    value,
    unit,
    qualifier: "exactly" as const,
    sources: ["s"],
    translations: { en: { about: en, ...(enUnit ? { unit: enUnit } : {}) } },
  });

  it("say once what a number counts, and a share in per cent as a share", () => {
    const points = claim(
      "le nombre de points du plan",
      3,
      "points",
      "the number of points in the plan",
    );
    expect(claimClause(fr, points)).toBe("le nombre de points du plan est de 3");
    expect(claimClause(en, points)).toBe("the number of points in the plan is 3");
    const share = claim(
      "le nombre d'employés signataires",
      90,
      "%",
      "the number of employees who signed",
    );
    expect(claimClause(fr, share)).toBe("la part des employés signataires est de 90\u00a0%");
    expect(claimClause(en, share)).toBe("the share of employees who signed is 90%");
    const amount = claim("le montant investi", 5, "dollars", "the amount invested");
    expect(claimClause(fr, amount)).toBe("le montant investi est de 5 dollars");
  });
});
