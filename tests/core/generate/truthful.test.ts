import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Language, Pack } from "../../../src/core/facts/model.js";
import { generateQuestions } from "../../../src/core/generate/index.js";
import { packFromArticles } from "../../../src/io/articles.js";
import { builtinPack } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";
import { falsehoods } from "../../helpers/truthful.js";

// The rules of docs/questions.md that can be checked mechanically, over the built-in pack and
// over packs read from real articles: no second true answer by the facts (1), no day inside a
// span and none after the sources (2, 6), nothing announced told as done (3), believable figures
// (6), one language (8), no event told without a part its sentence needs.

const SEEDS = [1, 7, 42, 1234];
const LANGS: Language[] = ["fr", "en"];

describe("the built-in pack's questions teach nothing false", () => {
  const pack = builtinPack();
  for (const lang of LANGS) {
    it(`in ${lang === "fr" ? "French" : "English"}, for any seed and difficulty`, () => {
      for (const seed of SEEDS) {
        for (const difficulty of [undefined, "easy", "hard"] as const) {
          const questions = generateQuestions(pack, {
            seed,
            lang,
            ...(difficulty ? { difficulty } : {}),
          });
          expect(questions.length).toBeGreaterThan(100);
          expect(falsehoods(pack, questions, lang)).toEqual([]);
        }
      }
    });
  }
});

// Real press excerpts (../shared/corpus, copyrighted: read where they are, never copied). The
// extraction is not what is checked here: whatever it read, the questions made from it keep
// the rules.
const CORPUS = join(ROOT, "..", "shared", "corpus", "articles");
const articles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith(".txt")) : [];

describe.skipIf(articles.length === 0)(
  "questions made from real articles teach nothing false",
  () => {
    it.each(articles)("%s", async (file) => {
      const pack: Pack = await packFromArticles([join(CORPUS, file)], {}, ROOT);
      for (const lang of LANGS) {
        for (const seed of [1, 99]) {
          const questions = generateQuestions(pack, { seed, lang });
          expect(falsehoods(pack, questions, lang), `${file} in ${lang}`).toEqual([]);
        }
      }
    });

    it("several articles read as one pack", async () => {
      const pack = await packFromArticles(
        articles.filter((f) => f.includes("-en-")).map((f) => join(CORPUS, f)),
        {},
        ROOT,
      );
      for (const lang of LANGS) {
        expect(falsehoods(pack, generateQuestions(pack, { seed: 3, lang }), lang)).toEqual([]);
      }
    });
  },
);

if (articles.length === 0) {
  it("skips the real articles: ../shared/corpus/articles is absent", () => {
    expect(existsSync(CORPUS)).toBe(false);
  });
}
