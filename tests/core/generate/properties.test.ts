import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Language } from "../../../src/core/facts/model.js";
import { createGenerator, generateQuestions } from "../../../src/core/generate/index.js";
import { summarise } from "../../../src/core/summarise/index.js";
import { arbitraryPack } from "../../helpers/arbitrary-pack.js";
import { builtinPack } from "../../helpers/packs.js";
import { expectFairQuestions, textMistakes } from "../../helpers/question-checks.js";

const pack = builtinPack();
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const difficulty = fc.constantFrom(undefined, "easy" as const, "hard" as const);
const lang = fc.constantFrom<Language>("fr", "en");
const options = (s: number, d: "easy" | "hard" | undefined, l: Language) => ({
  seed: s,
  lang: l,
  ...(d ? { difficulty: d } : {}),
});

describe("generated questions, over the built-in pack", () => {
  it("keep the quality rules for any seed, difficulty and language", () => {
    fc.assert(
      fc.property(seed, difficulty, lang, (s, d, l) => {
        expectFairQuestions(pack, generateQuestions(pack, options(s, d, l)), l);
      }),
      { numRuns: 12 },
    );
  });

  it("give the same output for the same seed, and the first N for --count N", () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 60 }), (s, n) => {
        const all = generateQuestions(pack, { seed: s });
        expect(generateQuestions(pack, { seed: s })).toEqual(all);
        expect(generateQuestions(pack, { seed: s, count: n })).toEqual(all.slice(0, n));
      }),
      { numRuns: 6 },
    );
  });

  it("keep their ids across seeds: an id always names the same facts and kind", () => {
    const a = generateQuestions(pack, { seed: 1 });
    const b = generateQuestions(pack, { seed: 987_654 });
    const shape = (qs: typeof a) =>
      new Map(qs.map((q) => [q.id, `${q.kind} ${q.facts.join(",")}`]));
    expect(shape(b)).toEqual(shape(a));
  });
});

describe("generated questions and summaries, over random valid packs", () => {
  it("keep the quality rules, and no template ever writes a text the gate must drop", () => {
    fc.assert(
      fc.property(arbitraryPack(), seed, difficulty, (p, s, d) => {
        const { questions, rejected } = createGenerator(p).generate(options(s, d, p.language));
        expectFairQuestions(p, questions, p.language);
        const badText = rejected.filter((r) => /leftover|elision|spacing/.test(r.reason));
        expect(badText).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("are the same for the same seed, and ids name the same facts whatever the seed", () => {
    fc.assert(
      fc.property(arbitraryPack(), seed, seed, (p, s1, s2) => {
        const first = generateQuestions(p, { seed: s1 });
        expect(generateQuestions(p, { seed: s1 })).toEqual(first);
        const facts = new Map(first.map((q) => [q.id, `${q.kind} ${q.facts.join(",")}`]));
        for (const q of generateQuestions(p, { seed: s2 })) {
          if (facts.has(q.id)) expect(`${q.kind} ${q.facts.join(",")}`).toBe(facts.get(q.id));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("write summaries of at most five sentences, in clean French or English", () => {
    fc.assert(
      fc.property(arbitraryPack(), lang, (p, l) => {
        const short = summarise(p, { length: "short", lang: l });
        const long = summarise(p, { length: "long", lang: l });
        const texts = [
          short.summary,
          ...long.summary.split("\n\n"),
          ...long.timeline.map((e) => e.text),
          ...long.conflicts,
        ];
        for (const text of texts) expect(textMistakes(text, l)).toEqual([]);
        expect(sentences(short.summary)).toBeLessThanOrEqual(5);
      }),
      { numRuns: 60 },
    );
  });
});

/** Sentences of a summary: full stops that end one, not those inside « … » or numbers. */
function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«“])/u).filter((s) => s.trim() !== "").length;
}
