import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import type { Question } from "../../../src/core/question/model.js";
import { summarise } from "../../../src/core/summarise/index.js";
import { packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

// docs/questions.md, rules 2 and 3: what the sources place over several days is never pinned to
// one of them; what was only announced, planned or possible is never told as done.

const pack = packFrom(readFileSync(join(ROOT, "tests/fixtures/packs/weekend.yaml"), "utf8"));
const SEEDS = Array.from({ length: 25 }, (_, i) => i * 104_729 + 3);
const all = (lang: "fr" | "en" = "fr") =>
  SEEDS.flatMap((seed) =>
    (["easy", "hard"] as const).flatMap(
      (difficulty) => createGenerator(pack, lang).generate({ seed, difficulty }).questions,
    ),
  );
const texts = (q: Question) => [
  q.prompt,
  q.explanation ?? "",
  ...(q.type === "single" ? q.choices.flatMap((c) => [c.text, c.feedback ?? ""]) : []),
  ...(q.type === "ordering" ? q.items : []),
];

describe("an event the sources place over a weekend", () => {
  const questions = all();

  it("is asked as a span, with other weekends as wrong answers", () => {
    const when = questions.filter((q) => q.id === "pourparlers.when");
    expect(when.length).toBeGreaterThan(0);
    for (const q of when) {
      if (q.type !== "single") throw new Error("expected choices");
      expect(q.prompt).toBe("Quand Globex a-t-elle négocié avec Paul Durand ?");
      expect(q.choices.find((c) => c.correct)?.text).toBe("du samedi 16 au dimanche 17 mars 2024");
      for (const c of q.choices.filter((c) => !c.correct)) {
        // Another Saturday and Sunday, before the page was published on the 20th.
        expect(c.text).toMatch(/^du samedi \d+(?: \p{L}+)? au dimanche \d+ \p{L}+ 202[34]$/u);
        expect(c.text).not.toMatch(/1[67] mars 2024/);
      }
    }
  });

  it("is never claimed for one of its days, true or false", () => {
    for (const q of questions.filter((q) => q.id === "pourparlers.true-false")) {
      expect(q.prompt).toMatch(
        /^Vrai ou faux \? Entre le samedi 16 et le dimanche 17 mars 2024, \p{L}+ a négocié avec Paul Durand\.$/u,
      );
    }
    // Nor is its day offered as a wrong date for what happened on the Saturday.
    for (const q of questions.filter((q) => q.id === "depart-hugo.when")) {
      expect(texts(q).join(" ")).not.toMatch(/dimanche 17 mars 2024/);
    }
  });

  it("is never put in order against what happened on one of its days", () => {
    for (const q of questions.filter((q) => q.kind === "order")) {
      expect(q.facts.includes("pourparlers") && q.facts.includes("depart-hugo"), q.id).toBe(false);
    }
  });

  it("is told as a span in the summary and the timeline", () => {
    const summary = summarise(pack, { length: "long" });
    expect(summary.summary).toContain(
      "Entre le samedi 16 et le dimanche 17 mars 2024, Globex a négocié avec Paul Durand.",
    );
    expect(summary.timeline).toContainEqual({
      date: "2024-03-16",
      until: "2024-03-17",
      text: "Globex a négocié avec Paul Durand.",
    });
  });
});

describe("what was only announced, planned or possible", () => {
  const questions = all();
  const english = all("en");

  it("is asked as announced: « D'après l'annonce du …, qui rejoindrait … ? »", () => {
    const who = questions.find((q) => q.id === "arrivee-lea.who")!;
    expect(who.prompt).toBe("D'après l'annonce du lundi 18 mars 2024, qui rejoindrait Globex ?");
    expect(who.explanation).toBe(
      "Le lundi 18 mars 2024, il a été annoncé que Léa Martin rejoindrait Globex.",
    );
    expect(questions.find((q) => q.id === "arrivee-lea.whom")?.prompt).toBe(
      "D'après l'annonce du lundi 18 mars 2024, quelle organisation Léa Martin rejoindrait-elle ?",
    );
    expect(questions.find((q) => q.id === "arrivee-lea.when")?.prompt).toBe(
      "Quel jour a-t-il été annoncé que Léa Martin rejoindrait Globex ?",
    );
    expect(english.find((q) => q.id === "arrivee-lea.who")?.prompt).toBe(
      "According to the announcement of Monday, March 18, 2024, who would join Globex?",
    );
  });

  it("is asked as planned: « Qui prévoyait de racheter … ? », and its date is not asked", () => {
    expect(questions.find((q) => q.id === "rachat.who")?.prompt).toBe(
      "Qui prévoyait de racheter Initech ?",
    );
    expect(questions.find((q) => q.id === "rachat.whom")?.prompt).toBe(
      "Quelle organisation Globex prévoyait-elle de racheter ?",
    );
    expect(questions.some((q) => q.id === "rachat.when")).toBe(false);
  });

  it("is never asked when it only might happen, and is never told as done", () => {
    for (const q of [...questions, ...english]) {
      expect(q.facts, q.id).not.toContain("depart-anne");
      for (const t of texts(q)) {
        expect(t, q.id).not.toMatch(
          /Léa Martin a rejoint|Lea Martin joined|Globex a racheté|Globex acquired/,
        );
      }
    }
    expect(summarise(pack, { length: "long" }).summary).toContain(
      "Le mardi 19 mars 2024, Anne Petit pourrait quitter Acme.",
    );
  });
});
