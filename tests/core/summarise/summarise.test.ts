import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHORT_SENTENCES, summarise } from "../../../src/core/summarise/index.js";
import { builtinPack, packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

const pack = builtinPack();
const acme = packFrom(
  readFileSync(join(ROOT, "tests/fixtures/packs/acme-crisis.yaml"), "utf8"),
  "acme",
);

/** Sentences of a summary: split after a full stop followed by a capital or a quote. */
const sentences = (text: string) => text.split(/(?<=\.)\s+(?=[A-ZÀ-Ý«“])/u);

describe("the short summary of the built-in pack", () => {
  const short = summarise(pack, { length: "short" }).summary;

  it("says who dismissed whom and when, who replaced him first and then, who hired him and when, how many signed and how the sources disagree", () => {
    const [dismissed, replaced, hired, , signed] = sentences(short);
    expect(dismissed).toBe(
      "Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
    );
    expect(replaced).toBe(
      "Mira Murati a été nommée PDG par intérim d'OpenAI le même jour ; Emmett Shear a succédé à Mira Murati le lundi 20 novembre 2023.",
    );
    expect(hired).toBe(
      "Le 20 novembre, Microsoft a embauché Sam Altman comme responsable d'une nouvelle équipe de recherche en IA avancée.",
    );
    // A third sentence of the 20th in a row leaves the day out: « Le même jour » is said once.
    expect(signed).toBe(
      "Les employés d'OpenAI ont signé une lettre qui réclame la démission du conseil d'administration sous peine de départs en masse ; le nombre d'employés signataires de la lettre varie selon les sources : plus de 500 sur 770 employés selon « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft », 650 sur environ 700 employés selon MacGeneration et plus de 90\u00a0% selon l'article du 21 novembre 2023.",
    );
  });

  it("has at most five sentences", () => {
    expect(sentences(short)).toHaveLength(SHORT_SENTENCES);
  });

  it("is written in English on request, with the pack's English names", () => {
    const english = sentences(summarise(pack, { length: "short", lang: "en" }).summary);
    // Only English words: the pack's English posts, never its French ones in quotes.
    expect(english[0]).toBe(
      "On Friday, November 17, 2023, the OpenAI board fired Sam Altman as chief executive of OpenAI.",
    );
    expect(english[1]).toBe(
      "Mira Murati was appointed interim chief executive of OpenAI the same day; Emmett Shear succeeded Mira Murati on Monday, November 20, 2023.",
    );
    expect(english[2]).toBe(
      "On November 20, Microsoft hired Sam Altman as head of a new advanced AI research team.",
    );
  });
});

describe("the rest of the summary of the built-in pack", () => {
  const summary = summarise(pack, { length: "long" });

  it("tells the long story in paragraphs: the background, then a topic each, then the figures", () => {
    const paragraphs = summary.summary.split("\n\n");
    expect(paragraphs.map((p) => sentences(p)[0])).toEqual([
      "OpenAI a été fondée fin 2015 comme organisation à but non lucratif.",
      // Who leads or leaves OpenAI.
      "Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
      // The weekend's talks, over the weekend.
      "Entre le samedi 18 et le dimanche 19 novembre 2023, Microsoft a mené les négociations pour faire revenir Sam Altman à la tête d'OpenAI.",
      // Who joins Microsoft.
      "Le 20 novembre 2023, Microsoft a embauché Sam Altman comme responsable d'une nouvelle équipe de recherche en IA avancée.",
      // The employees' letter.
      "Le 20 novembre 2023, les employés d'OpenAI ont signé une lettre qui réclame la démission du conseil d'administration sous peine de départs en masse ; le nombre d'employés signataires de la lettre varie selon les sources : plus de 500 sur 770 employés selon « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft », 650 sur environ 700 employés selon MacGeneration et plus de 90\u00a0% selon l'article du 21 novembre 2023.",
      // What was said.
      "Le jeudi 16 novembre 2023, Sam Altman s'est exprimé lors d'une conférence.",
      // What is undated, and the figures.
      "Il a été annoncé que Microsoft lancerait Maia AI.",
      "Selon l'article du 21 novembre 2023, le montant que Microsoft s'est engagé à investir dans OpenAI est de 13 milliards de dollars.",
    ]);
    // What was only announced is told as announced, in one sentence for the three of them.
    expect(paragraphs[3]).toContain(
      "Le même jour, il a été annoncé que Jakub Pachocki, Aleksander Madry et Szymon Sidor rejoindraient Microsoft.",
    );
    expect(summary.summary).not.toMatch(/ont rejoint Microsoft/);
  });

  it("gives a timeline of every dated event in order, the author's sentence kept verbatim", () => {
    expect(summary.timeline).toHaveLength(pack.events.filter((e) => e.date).length);
    // A span stays a span: the weekend's negotiations are on no one day of it.
    expect(summary.timeline).toContainEqual({
      date: "2023-11-18",
      until: "2023-11-19",
      text: "Microsoft a mené les négociations pour faire revenir Sam Altman à la tête d'OpenAI.",
    });
    const dates = summary.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(summary.timeline[0]).toEqual({
      date: "2015",
      text: "OpenAI a été fondée fin 2015 comme organisation à but non lucratif.",
    });
    expect(summary.timeline).toContainEqual({
      date: "2023-11-18",
      text: "Jakub Pachocki a quitté OpenAI.",
    });
  });

  it("gives a who's who of people and organisations, most central first, without products", () => {
    expect(summary.people.slice(0, 2)).toEqual([
      {
        name: "Microsoft",
        role: "éditeur de Windows, premier actionnaire et principal partenaire d'OpenAI",
      },
      { name: "Sam Altman", role: "PDG et cofondateur d'OpenAI" },
    ]);
    expect(summary.people.map((p) => p.name)).not.toContain("ChatGPT");
    expect(summary.people).toHaveLength(19);
  });

  it("says where the sources disagree, each figure with its source", () => {
    expect(summary.conflicts).toEqual([
      "Le nombre d'employés signataires de la lettre : plus de 500 sur 770 employés selon « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft », 650 sur environ 700 employés selon MacGeneration et plus de 90\u00a0% selon l'article du 21 novembre 2023.",
      "Le nombre total d'employés d'OpenAI : 770 employés selon « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft » et environ 700 employés selon MacGeneration.",
    ]);
  });
});

describe("summaries of another story", () => {
  it("lead with the news the headline is about, then tell the rest in date order", () => {
    const story = packFrom(`
title: Vega change de patron
language: fr
sources: [{ id: s, outlet: La Gazette, title: "Vega renvoie Paul Durand", published: 2024-05-10, language: fr }]
entities:
  - { id: vega, name: Vega, kind: organisation, gender: f }
  - { id: paul, name: Paul Durand, kind: person, gender: m }
  - { id: orbis, name: Orbis, kind: organisation, gender: f }
events:
  - { id: rachat, type: acquisition, actor: orbis, target: vega, date: 2024-03-01, sources: [s] }
  - { id: renvoi, type: dismissal, actor: vega, target: paul, role: PDG, date: 2024-05-09, sources: [s] }
`);
    expect(sentences(summarise(story, { length: "short" }).summary)).toEqual([
      "Le jeudi 9 mai 2024, Vega a évincé Paul Durand de son poste de PDG.",
      "Le vendredi 1er mars 2024, Orbis a racheté Vega.",
    ]);
  });

  it("never tell an event missing what its sentence needs, nor one below the threshold", () => {
    const story = packFrom(`
title: Nominations
language: fr
sources: [{ id: s, outlet: La Gazette, published: 2024-05-10, language: fr }]
entities:
  - { id: vega, name: Vega, kind: organisation, gender: f }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
  - { id: paul, name: Paul Durand, kind: person, gender: m }
events:
  - { id: nomme, type: appointment, actor: vega, target: lea, date: 2024-05-09, sources: [s] }
  - { id: doute, type: dismissal, actor: vega, target: paul, date: 2024-05-08, sources: [s], extracted: true, confidence: 0.3 }
  - { id: parti, type: departure, actor: paul, target: vega, date: 2024-05-07, sources: [s] }
`);
    const summary = summarise(story, { length: "long" });
    // « Léa Martin a été nommée » (to what?) and the unsure dismissal are left out.
    expect(summary.summary).toBe("Le mardi 7 mai 2024, Paul Durand a quitté Vega.");
    expect(summary.timeline.map((e) => e.text)).toEqual(["Paul Durand a quitté Vega."]);
  });

  it("keep a disagreement among the five sentences, and agree with who did what", () => {
    expect(summarise(acme, { length: "short" }).summary).toBe(
      "Le vendredi 1er mars 2024, le conseil de surveillance a évincé Paul Durand de son poste de PDG d'Acme. Le même jour, Marc Lefèvre a évincé Paul Durand. Léa Martin a été nommée PDG par intérim d'Acme le même jour ; Inès Roux a succédé à Léa Martin le lundi 4 mars 2024. Le 4 mars, Globex a embauché Paul Durand. Le nombre de grévistes varie selon les sources : plus de 300 salariés selon La Gazette et environ 450 salariés selon Le Courrier.",
    );
  });

  it("tell what several did alike on one day in one plural sentence", () => {
    expect(summarise(acme, { length: "long" }).summary).toContain(
      "Le même jour, Hugo Blanc et Anne Petit ont rejoint Globex.",
    );
  });

  it("give a role from the events to someone the pack does not describe", () => {
    const people = summarise(acme, { length: "short" }).people;
    expect(people.find((p) => p.name === "Paul Durand")?.role).toBe("ancien PDG d'Acme");
    expect(people.find((p) => p.name === "Léa Martin")?.role).toBe(
      "ancienne PDG par intérim d'Acme",
    );
    expect(people.find((p) => p.name === "Inès Roux")?.role).toBe("PDG par intérim d'Acme");
  });
});
