import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGenerator, generateQuestions } from "../../../src/core/generate/index.js";
import { builtinPack, packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

const everyType = packFrom(
  readFileSync(join(ROOT, "tests/fixtures/packs/every-type/pack.yaml"), "utf8"),
  "every-type",
);

describe("the order questions are asked in", () => {
  it("keeps the author's order in a pack of hand-written questions only, whatever the seed", () => {
    // In each language, the author's questions in that language (the fixture has both).
    const authored = (lang: string) =>
      everyType.questions.filter((q) => (q.lang ?? everyType.language) === lang).map((q) => q.id);
    for (const seed of [0, 1, 7, 42, 123456]) {
      expect(generateQuestions(everyType, { seed }).map((q) => q.id)).toEqual(authored("fr"));
      expect(generateQuestions(everyType, { seed, lang: "en" }).map((q) => q.id)).toEqual(
        authored("en"),
      );
    }
    expect(generateQuestions(everyType, { seed: 7, count: 2 }).map((q) => q.id)).toEqual([
      "reseau-annonce-nadella",
      "chercheurs-partis-18-novembre",
    ]);
  });

  it("ranks a pack with facts: its hand-written questions among the generated ones", () => {
    const ids = generateQuestions(builtinPack(), { seed: 7 }).map((q) => q.id);
    expect(ids.slice(0, 3)).toEqual([
      "reseau-annonce-nadella",
      "eviction-altman.who",
      "embauche-brockman.who",
    ]);
  });
});

describe("a question by its id", () => {
  const generator = createGenerator(builtinPack());

  it("is the question a quiz with the same seed and difficulty asks", () => {
    for (const difficulty of ["easy", "hard"] as const) {
      const quiz = generator.generate({ seed: 3, difficulty }).questions;
      for (const id of ["eviction-altman.who", "embauche-altman.when", "plateforme-shear"]) {
        expect(generator.question(id, { seed: 3, difficulty })).toEqual(
          quiz.find((q) => q.id === id),
        );
      }
    }
  });

  it("is undefined for a question the pack no longer asks", () => {
    expect(generator.question("old-question", { seed: 3 })).toBeUndefined();
  });
});
