import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { storyPack } from "../../helpers/packs.js";

// docs/questions.md, rule 4: words cut out of a sentence were used, not declared. « Qui a déclaré
// « n'est pas plié » ? » is not French; « Qui a employé les mots « n'est pas plié » ? » is.
function questionsOf(language: "fr" | "en", quotes: string) {
  const pack = storyPack(
    language,
    `entities:
  - { id: lea, name: Léa Martin, kind: person, gender: f }
  - { id: paul, name: Paul Roux, kind: person, gender: m }
  - { id: ines, name: Inès Blanc, kind: person, gender: f }
  - { id: marc, name: Marc Petit, kind: person, gender: m }
quotes:
${quotes}
`,
  );
  return createGenerator(pack).generate({ seed: 2 }).questions;
}

describe("words cut out of a sentence", () => {
  it("are asked in French as words used, and a whole sentence as declared", () => {
    const qs = questionsOf(
      "fr",
      `  - { id: plie, speaker: lea, text: "n'est pas plié", sources: [gazette] }
  - { id: phrase, speaker: paul, text: "Nous resterons ici", sources: [gazette] }`,
    );
    const who = (id: string) => qs.find((q) => q.id === id);
    expect(who("plie.quote")?.prompt).toBe("Qui a employé les mots « n'est pas plié » ?");
    expect(who("plie.quote")?.explanation).toBe(
      "Léa Martin a employé les mots « n'est pas plié ».",
    );
    expect(who("phrase.quote")?.prompt).toBe("Qui a déclaré « Nous resterons ici » ?");
    const statement = qs.find((q) => q.id === "plie.true-false")?.prompt;
    expect(statement).toMatch(/^Vrai ou faux \? \S+ \S+ a employé les mots « n'est pas plié »\.$/);
  });

  it("are asked in English as words used", () => {
    const qs = questionsOf(
      "en",
      `  - { id: sad, speaker: lea, text: "one of the saddest evenings", sources: [gazette] }`,
    );
    expect(qs.find((q) => q.id === "sad.quote")?.prompt).toBe(
      "Who used the words “one of the saddest evenings”?",
    );
  });
});
