import { describe, expect, it } from "vitest";
import { indexFacts } from "../../../src/core/facts/fact-index.js";
import { entitiesNamedIn } from "../../../src/core/facts/named-in.js";
import { createGenerator } from "../../../src/core/generate/index.js";
import { packFrom } from "../../helpers/packs.js";

// docs/questions.md, rule 5: a prompt says enough to have one answer. « Qui est le directeur
// général ? » in a story of two companies asks whose; « Qui est le PDG de Vega ? » does not.
const pack = packFrom(`
title: Deux sociétés
language: fr
sources:
  - { id: gazette, outlet: La Gazette, published: 2024-03-20, language: fr }
entities:
  - { id: vega, name: Vega, kind: organisation, gender: f }
  - { id: orbis, name: Orbis, kind: organisation, gender: f }
  - { id: lea, name: Léa Martin, kind: person, gender: f, descriptions: [{ text: PDG de Vega, sources: [gazette] }] }
  - { id: paul, name: Paul Roux, kind: person, gender: m, descriptions: [{ text: directeur général, sources: [gazette] }] }
  - { id: ines, name: Inès Blanc, kind: person, gender: f, descriptions: [{ text: présidente d'Orbis, sources: [gazette] }] }
  - { id: marc, name: Marc Petit, kind: person, gender: m, descriptions: [{ text: directeur financier de Vega, sources: [gazette] }] }
  - { id: anne, name: Anne Petit, kind: person, gender: f, descriptions: [{ text: directrice juridique de Vega, sources: [gazette] }] }
  - { id: zoe, name: Zoé Garnier, kind: person, gender: f, descriptions: [{ text: directrice des ventes de Vega, sources: [gazette] }] }
`);

describe("a post only one person holds", () => {
  const { questions, rejected } = createGenerator(pack).generate({ seed: 3 });
  const ids = questions.map((q) => q.id);

  it("is asked when its description names whose it is", () => {
    expect(ids).toContain("lea.role.who");
    expect(questions.find((q) => q.id === "lea.role.who")?.prompt).toBe("Qui est la PDG de Vega ?");
  });

  it("is not asked when it names no organisation, with the reason", () => {
    expect(ids).not.toContain("paul.role.who");
    expect(rejected.find((r) => r.id === "paul.role.who")?.reason).toBe(
      "a post of one person that names no organisation: whose is it?",
    );
  });
});

describe("what a description names", () => {
  it("finds an organisation behind an English possessive and a French elision", () => {
    const index = indexFacts(pack);
    expect([...entitiesNamedIn(index, "Vega's chief executive")]).toEqual(["vega"]);
    expect([...entitiesNamedIn(index, "présidente d'Orbis")]).toEqual(["orbis"]);
  });
});
