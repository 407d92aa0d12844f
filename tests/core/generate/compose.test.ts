import { describe, expect, it } from "vitest";
import { composeQuiz } from "../../../src/core/generate/compose.js";
import { createGenerator, generateQuestions } from "../../../src/core/generate/index.js";
import type { Question } from "../../../src/core/question/model.js";
import { fold } from "../../../src/core/text/fold.js";
import { builtinPack } from "../../helpers/packs.js";

// How one quiz is put together from candidate questions, whoever chose them.

const pack = builtinPack();
const right = (q: Question) =>
  q.type === "single" ? fold(q.choices.find((c) => c.correct)!.text) : undefined;

describe("a quiz composed from the built-in pack's questions", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const candidates = generateQuestions(pack, { seed });

    it(`with seed ${seed}: no kind takes over, no answer comes back, one question a fact`, () => {
      for (const count of [10, 20]) {
        const quiz = composeQuiz(candidates, { count, seed });
        expect(quiz).toHaveLength(count);
        const kinds = new Map<string, number>();
        for (const q of quiz) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
        for (const [kind, n] of kinds) {
          expect(n, kind).toBeLessThanOrEqual(
            Math.floor(count * (kind === "true-false" ? 0.15 : 0.3)),
          );
        }
        const answers = quiz.map(right).filter(Boolean);
        for (const a of new Set(answers)) {
          expect(answers.filter((x) => x === a).length, a).toBeLessThanOrEqual(count / 10);
        }
        const facts = quiz.map((q) => q.facts[0]);
        expect(new Set(facts).size).toBe(facts.length);
      }
    });
  }

  it("asks a question before the one whose explanation gives its answer away", () => {
    const generator = createGenerator(pack);
    const [succession, when] = ["shear-interim.whom.next", "murati-interim.when"].map(
      (id) => generator.question(id, { seed: 1 })!,
    );
    // Who came after Mira Murati? Its explanation says on which day she was named.
    expect(succession!.explanation).toContain(
      "Mira Murati a été nommée PDG par intérim d'OpenAI le vendredi 17 novembre 2023",
    );
    expect(composeQuiz([succession!, when!], { count: 2, seed: 1 }).map((q) => q.id)).toEqual([
      "murati-interim.when",
      "shear-interim.whom.next",
    ]);
  });

  it("is the same for the same seed, and gives the quiz it can when the candidates are few", () => {
    const candidates = generateQuestions(pack, { seed: 9 });
    expect(composeQuiz(candidates, { count: 10, seed: 9 })).toEqual(
      composeQuiz(candidates, { count: 10, seed: 9 }),
    );
    const few = candidates.filter((q) => q.kind === "true-false").slice(0, 4);
    expect(composeQuiz(few, { count: 10, seed: 9 })).toHaveLength(4);
  });
});
