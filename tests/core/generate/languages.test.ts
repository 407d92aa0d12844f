import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexFacts } from "../../../src/core/facts/fact-index.js";
import type { Built } from "../../../src/core/generate/draft.js";
import { gateProblem } from "../../../src/core/generate/gate.js";
import { createGenerator, generateQuestions } from "../../../src/core/generate/index.js";
import type { Question } from "../../../src/core/question/model.js";
import { mixedLanguage } from "../../../src/core/text/mixed-language.js";
import { builtinPack, packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

// docs/questions.md, rule 8: a question in one language is written from text in that language
// only: the pack's own words when it is the pack's language, their translation otherwise.

const texts = (q: Question) => [
  q.prompt,
  q.explanation ?? "",
  ...(q.type === "single" ? q.choices.flatMap((c) => [c.text, c.feedback ?? ""]) : []),
];

describe("English questions from a French pack", () => {
  const grammar = packFrom(readFileSync(join(ROOT, "tests/fixtures/packs/grammar.yaml"), "utf8"));

  it("leave out what the pack gives no English for, rather than quote it in French", () => {
    const questions = generateQuestions(grammar, { seed: 1, lang: "en" });
    const asked = new Set(questions.flatMap((q) => q.facts));
    // « le syndicat » named « déléguée »: no English for either.
    expect(asked.has("nomination-lea")).toBe(false);
    // The strike is told with the pack's English alias, "Acme employees".
    expect(asked.has("greve")).toBe(true);
    for (const q of questions) {
      for (const t of texts(q)) expect(t, q.id).not.toMatch(/syndicat|déléguée|«|»/);
    }
  });

  it("use the pack's translations: posts, quotes, what a figure counts, a source's title", () => {
    const pack = builtinPack();
    const questions = createGenerator(pack, "en").generate({ seed: 1 }).questions;
    const byId = (id: string) => questions.find((q) => q.id === id)!;
    expect(byId("murati-interim.role").prompt).toBe(
      "To which post did the OpenAI board appoint Mira Murati on Friday, November 17, 2023?",
    );
    expect(byId("citation-regrets.quote").prompt).toBe(
      "Who said “I deeply regret my participation in the board's actions” on Monday, November 20, 2023?",
    );
    expect(byId("effectif-770.how-many").prompt).toBe(
      "According to “How Sam Altman was pushed out of OpenAI into Microsoft's arms”, what is the total number of OpenAI employees?",
    );
  });

  it("ask the hand-written questions written in English, and only those", () => {
    const pack = builtinPack();
    const written = (lang: "fr" | "en") =>
      generateQuestions(pack, { seed: 1, lang })
        .filter((q) => q.kind === "written")
        .map((q) => q.id)
        .sort();
    expect(written("en")).toEqual(
      pack.questions
        .filter((q) => q.lang === "en")
        .map((q) => q.id)
        .sort(),
    );
    expect(written("fr")).toEqual(
      pack.questions
        .filter((q) => !q.lang)
        .map((q) => q.id)
        .sort(),
    );
  });
});

describe("the quality gate", () => {
  it("drops a question with a word of the other language, and knows proper names", () => {
    const pack = builtinPack();
    const mixed = mixedLanguage(["Banque de France", "Léa Martin"]);
    const built = (prompt: string): Built => ({
      question: {
        id: "x",
        type: "truefalse",
        kind: "true-false",
        prompt,
        answer: true,
        sources: ["macgeneration"],
        facts: ["eviction-altman"],
        tags: [],
      },
      answer: { fact: "eviction-altman", field: "actor", value: "conseil" },
      forbidden: new Set(),
      giveaways: [],
    });
    const problem = (prompt: string) =>
      gateProblem(indexFacts(pack), built(prompt), "en", (t) => mixed(t, "en"));
    expect(problem("True or false? The board appointed her as “PDG par intérim”.")).toBe(
      '"intérim" is not English, in "True or false? The board appointed her as “PDG par intérim”."',
    );
    expect(problem("True or false? Léa Martin joined the Banque de France.")).toBeUndefined();
  });
});
