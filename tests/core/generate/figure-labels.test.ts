import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { storyPack } from "../../helpers/packs.js";

// docs/questions.md, rule 5: what a figure counts becomes a question's subject. A phrase that
// cannot stand alone gives no question, neither "how many" nor true or false.
function asked(language: "fr" | "en", claims: string): string[] {
  const pack = storyPack(
    language,
    `entities:
  - { id: vega, name: Vega, kind: organisation, gender: f }
  - { id: orbis, name: Orbis, kind: organisation, gender: f }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
claims:
${claims}
`,
  );
  const { questions } = createGenerator(pack).generate({ seed: 1 });
  return [...new Set(questions.flatMap((q) => q.facts ?? []))].sort();
}

describe("a figure whose label cannot stand alone", () => {
  it("is asked when it says whose and of what (the control)", () => {
    expect(
      asked(
        "fr",
        `  - { id: capital, about: la part du capital de Vega détenue par Orbis, value: 24, unit: "%", subject: orbis, sources: [gazette] }
  - { id: votants, about: la part des salariés de Vega ayant voté contre, value: 55, unit: "%", subject: vega, sources: [gazette] }
  - { id: effectif, about: le nombre de salariés de Vega, value: 300, unit: employés, subject: vega, sources: [gazette] }`,
      ),
    ).toEqual(["capital", "effectif", "votants"]);
  });

  it("is not asked in French with a dangling possessive, a self-holding, a bare share or a person's staff", () => {
    expect(
      asked(
        "fr",
        `  - { id: offre, about: le montant de sa troisième offre, value: 160, unit: euros, subject: vega, sources: [gazette] }
  - { id: soi, about: la part du capital de Vega détenue par Vega, value: 24, unit: "%", subject: vega, sources: [gazette] }
  - { id: salaries, about: la part des salariés de Vega, value: 55, unit: "%", subject: vega, sources: [gazette] }
  - { id: nue, about: la part d'Orbis, value: 12, unit: "%", subject: orbis, sources: [gazette] }
  - { id: equipe, about: le nombre de salariés de Léa Martin, value: 300, unit: employés, subject: lea, sources: [gazette] }
  - { id: titre, about: la part des titres de VEGA MULTIPLIE, value: 51, unit: "%", subject: vega, sources: [gazette] }`,
      ),
    ).toEqual([]);
  });

  it("is not asked in English with a piece of a word, a bare percentage or a share of staff", () => {
    expect(
      asked(
        "en",
        `  - { id: plus, about: the number of -plus employees of Vega, value: 3100, unit: employees, subject: vega, sources: [gazette] }
  - { id: bare, about: the percentage for Orbis, value: 9, unit: "%", subject: orbis, sources: [gazette] }
  - { id: staff, about: the share of Vega's workforce, value: 20, unit: "%", subject: vega, sources: [gazette] }
  - { id: its, about: the amount of its debt, value: 2000000000, unit: dollars, subject: vega, sources: [gazette] }
  - { id: cut, about: the share of Vega's workforce laid off, value: 25, unit: "%", subject: vega, sources: [gazette] }`,
      ),
    ).toEqual(["cut"]);
  });
});

describe("a figure whose label says not what the sum or the share is", () => {
  it("is not asked in French: a share of what a holder has, a means of payment, a bare cost", () => {
    expect(
      asked(
        "fr",
        `  - { id: programme, about: la part du programme de Vega, value: 47, unit: "%", subject: vega, sources: [gazette] }
  - { id: actions, about: le montant des actions de Vega, value: 12, unit: euros, subject: vega, sources: [gazette] }
  - { id: cout, about: le montant du coût de Vega, value: 2000000, unit: euros, subject: vega, sources: [gazette] }
  - { id: marche, about: la part de marché de Vega, value: 18, unit: "%", subject: vega, sources: [gazette] }
  - { id: vols, about: la part du programme de Vega assurée le jeudi, value: 47, unit: "%", subject: vega, sources: [gazette] }`,
      ),
    ).toEqual(["marche", "vols"]);
  });

  it("is not asked in English: stock, cash, a bare cost or price, a share of what one has", () => {
    expect(
      asked(
        "en",
        `  - { id: stock, about: the amount of Vega's stock, value: 98, unit: dollars, subject: vega, sources: [gazette] }
  - { id: cash, about: the amount of Vega's cash, value: 4000000000, unit: dollars, subject: vega, sources: [gazette] }
  - { id: cost, about: the amount of Vega's cost, value: 2000000000, unit: dollars, subject: vega, sources: [gazette] }
  - { id: budget, about: the share of Vega's budget, value: 30, unit: "%", subject: vega, sources: [gazette] }
  - { id: debt, about: the amount of Vega's debt, value: 2000000000, unit: dollars, subject: vega, sources: [gazette] }
  - { id: paid, about: the price paid for Orbis, value: 5000000000, unit: dollars, subject: vega, sources: [gazette] }`,
      ),
    ).toEqual(["debt", "paid"]);
  });
});

describe("a workforce read from a sentence that counts only part of it", () => {
  it("is not asked when the people are one site's, a share of the staff, or those let go", () => {
    expect(
      asked(
        "en",
        `  - { id: site, about: the total number of Vega employees, value: 4000, qualifier: about, unit: employees, subject: vega, sources: [gazette], evidence: "Vega employs about 4,000 people in Lyon, half of them engineers." }
  - { id: part, about: the number of employees of Orbis, value: 982, unit: employees, subject: orbis, sources: [gazette], evidence: "Orbis is letting go of 982 employees, or 17% of its staff." }
  - { id: whole, about: the number of employees of Vega, value: 619, unit: employees, subject: vega, sources: [gazette], evidence: "The 619 employees of Vega heard the news on Monday." }`,
      ),
    ).toEqual(["whole"]);
    expect(
      asked(
        "fr",
        `  - { id: site, about: le nombre total d'employés de Vega, value: 4000, qualifier: less-than, unit: employés, subject: vega, sources: [gazette], evidence: "Vega emploie près de 4000 personnes à Lyon, dont la moitié d'ingénieurs." }
  - { id: partis, about: le nombre de salariés d'Orbis, value: 900, unit: employés, subject: orbis, sources: [gazette], evidence: "Orbis va licencier 900 salariés d'ici l'été." }
  - { id: tous, about: le nombre de salariés de Vega, value: 1200, unit: employés, subject: vega, sources: [gazette], evidence: "Les 1 200 salariés de Vega ont appris la nouvelle lundi." }`,
      ),
    ).toEqual(["tous"]);
  });
});

describe("a sum its sentence gives as someone else's", () => {
  it("is not asked under the name of the one who only approved it", () => {
    expect(
      asked(
        "fr",
        `  - { id: offre, about: le montant de l'offre de Vega, value: 9000000, unit: euros, subject: vega, sources: [gazette], evidence: "Vega a salué l'offre d'Orbis d'un montant de 9 millions d'euros." }
  - { id: propre, about: le montant de l'offre d'Orbis, value: 9000000, unit: euros, subject: orbis, sources: [gazette], evidence: "Vega a salué l'offre d'Orbis d'un montant de 9 millions d'euros." }`,
      ),
    ).toEqual(["propre"]);
  });
});

describe("a change in a share price", () => {
  it("says which way it went, as its sentence does, or is not asked", () => {
    const pack = storyPack(
      "en",
      `entities:
  - { id: vega, name: Vega, kind: organisation }
  - { id: orbis, name: Orbis, kind: organisation }
  - { id: nova, name: Nova, kind: organisation }
  - { id: dow, name: Dow, kind: organisation }
claims:
  - { id: slid, about: the change in the share price of Vega, value: 6, unit: "%", subject: vega, sources: [gazette], evidence: "Shares in Vega slid 6 percent after the call, while Orbis rose 2 percent." }
  - { id: rose, about: the change in the share price of Orbis, value: 2, unit: "%", subject: orbis, sources: [gazette], evidence: "Shares in Vega slid 6 percent after the call, while Orbis rose 2 percent." }
  - { id: moved, about: the change in the share price of Nova, value: 7, unit: "%", subject: nova, sources: [gazette], evidence: "A 7% move in Nova's shares was seen." }
  - { id: index, about: the change in the share price of Dow, value: 3, unit: "%", subject: dow, sources: [gazette], evidence: "The Dow 30 is up 3% over the year." }
`,
    );
    const { questions } = createGenerator(pack).generate({ seed: 1 });
    const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
    expect(prompts.get("slid.how-many")).toBe("What is the fall in the share price of Vega?");
    expect(prompts.get("rose.how-many")).toBe("What is the rise in the share price of Orbis?");
    // No word of moving before the figure; a name written with a number ("the Dow 30") cut short.
    expect(questions.filter((q) => /^(?:moved|index)\./.test(q.id))).toEqual([]);
  });
});

describe("a count of things extraction has no word for", () => {
  it("is said bare, what is counted being in the label", () => {
    const pack = storyPack(
      "en",
      `entities:
  - { id: vega, name: Vega, kind: organisation }
claims:
  - { id: countries, about: the number of countries of Vega, value: 100, unit: units, subject: vega, sources: [gazette] }
`,
    );
    const { questions } = createGenerator(pack).generate({ seed: 1 });
    const q = questions.find((x) => x.id === "countries.how-many");
    expect(q?.explanation).toBe("The number of countries of Vega is 100.");
    expect(q && "choices" in q ? q.choices.map((c) => c.text).sort() : []).toEqual(
      expect.arrayContaining(["100"]),
    );
    expect(q && "choices" in q && q.choices.some((c) => /units/.test(c.text))).toBe(false);
  });
});
