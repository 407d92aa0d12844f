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
    expect(signed).toBe(
      "Le même jour, les employés d'OpenAI ont signé une lettre qui menace de démissionner si le conseil d'administration ne démissionne pas ; le nombre d'employés signataires de la lettre varie selon les sources : plus de 500 sur 770 employés selon « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft », 650 sur environ 700 employés selon MacGeneration et plus de 90\u00a0% selon l'article du 21 novembre 2023.",
    );
  });

  it("has at most five sentences", () => {
    expect(sentences(short)).toHaveLength(SHORT_SENTENCES);
  });

  it("is written in English on request, with the pack's English names", () => {
    const english = sentences(summarise(pack, { length: "short", lang: "en" }).summary);
    expect(english[0]).toBe(
      "On Friday, November 17, 2023, the OpenAI board fired Sam Altman as “PDG” of OpenAI.",
    );
    expect(english[1]).toBe(
      "Mira Murati was appointed as “PDG par intérim” of OpenAI the same day; Emmett Shear succeeded Mira Murati on Monday, November 20, 2023.",
    );
    expect(english[2]).toBe(
      "On November 20, Microsoft hired Sam Altman as “responsable d'une nouvelle équipe de recherche en IA avancée”.",
    );
  });
});

describe("the rest of the summary of the built-in pack", () => {
  const summary = summarise(pack, { length: "long" });

  it("tells the long story in paragraphs: the background, the crisis, the figures", () => {
    const paragraphs = summary.summary.split("\n\n");
    expect(paragraphs).toHaveLength(5);
    expect(sentences(paragraphs[0]!)[0]).toBe(
      "OpenAI a été fondée fin 2015 comme organisation à but non lucratif.",
    );
    // The crisis, a paragraph every few days: up to the 17th, the 18th and 19th, the 20th.
    expect(sentences(paragraphs[2]!)[0]).toBe(
      "Le samedi 18 novembre 2023, Jakub Pachocki, Aleksander Madry et Szymon Sidor ont quitté OpenAI.",
    );
    expect(paragraphs[4]).toContain(
      "Selon l'article du 21 novembre 2023, le montant que Microsoft s'est engagé à investir dans OpenAI est de 13 milliards de dollars.",
    );
  });

  it("gives a timeline of every dated event in order, the author's sentence kept verbatim", () => {
    expect(summary.timeline).toHaveLength(pack.events.filter((e) => e.date).length);
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
