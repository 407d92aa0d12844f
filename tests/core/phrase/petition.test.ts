import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { storyPack } from "../../helpers/packs.js";

// A petition's target is whom it is addressed to (the corpus's gold reads it so): a letter to a
// chief executive is not a petition against him.
function explanations(language: "fr" | "en", staff: string, board: string): string[] {
  const pack = storyPack(
    language,
    `entities:
  - { id: salaries, name: ${staff}, kind: group, plural: true }
  - { id: conseil, name: ${board}, kind: organisation, gender: m }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
  - { id: paul, name: Paul Roux, kind: person, gender: m }
events:
  - { id: lettre, type: petition, actor: salaries, target: conseil, date: 2024-03-18, sources: [gazette] }
  - { id: renvoi, type: dismissal, actor: conseil, target: paul, date: 2024-03-15, sources: [gazette] }
  - { id: nomination, type: appointment, target: lea, role: directrice générale, date: 2024-03-19, sources: [gazette] }
`,
  );
  return createGenerator(pack)
    .generate({ seed: 1 })
    .questions.map((q) => q.explanation ?? "");
}

describe("a petition", () => {
  it("is addressed to its target, in French and in English", () => {
    expect(explanations("fr", "les salariés de Vega", "le conseil d'administration")).toContain(
      "Le lundi 18 mars 2024, les salariés de Vega ont signé une pétition adressée au conseil d'administration.",
    );
    expect(explanations("en", "Vega's employees", "the board of Vega")).toContain(
      "On Monday, March 18, 2024, Vega's employees signed a petition addressed to the board of Vega.",
    );
  });
});
