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
