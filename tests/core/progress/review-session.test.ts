import { describe, expect, it } from "vitest";
import { memoryProgress } from "../../../src/core/progress/port.js";
import type { ReviewPlan } from "../../../src/core/progress/review-plan.js";
import { startReview } from "../../../src/core/progress/review-session.js";
import type { Question } from "../../../src/core/question/model.js";
import { applyAndRecord } from "../../../src/core/quiz/record.js";
import { packFrom } from "../../helpers/packs.js";
import { single, truefalse } from "../quiz/fixtures.js";

// Two packs that both name their source "s1": a review asks one question of each.
const pack = (id: string, outlet: string) =>
  packFrom(
    `title: ${id}\nlanguage: en\nsources:\n  - { id: s1, outlet: ${outlet}, language: en }\n`,
    id,
  );
const packs = new Map([
  ["a", { pack: pack("a", "Gazette"), hash: "ha" }],
  ["b", { pack: pack("b", "Courrier"), hash: "hb" }],
]);
const planned = (packId: string, question: Question) => ({
  pack: packId,
  question: { ...question, sources: ["s1"] },
  ask: { level: "choice" as const, difficulty: "easy" as const, typed: false },
  items: [],
});
const plan: ReviewPlan<Question> = {
  questions: [planned("a", single), planned("b", truefalse)],
  unaskable: [],
  later: 0,
};
const T0 = Date.UTC(2024, 2, 1, 9);

describe("a review across packs", () => {
  const { session, sources } = startReview(plan, packs, {
    id: "review-1",
    seed: 1,
    now: T0,
    certaintyMode: false,
  });

  it("names each question's sources as its own pack does", () => {
    expect(session.items.map((i) => i.question.sources)).toEqual([["a/s1"], ["b/s1"]]);
    expect(sources.get("a/s1")?.outlet).toBe("Gazette");
    expect(sources.get("b/s1")?.outlet).toBe("Courrier");
  });

  it("records each answer and flag against the question's own pack, and makes no last score", () => {
    const progress = memoryProgress();
    const right = session.items[0]!.choiceOrder.indexOf(0);
    let s = applyAndRecord(
      session,
      { type: "answer", response: { type: "single", choice: right }, now: T0 + 1000 },
      progress,
    );
    s = applyAndRecord(s, { type: "next", now: T0 + 1000 }, progress);
    s = applyAndRecord(s, { type: "flag", reason: "unclear", now: T0 + 2000 }, progress);
    s = applyAndRecord(s, { type: "next", now: T0 + 2000 }, progress);
    expect(s.phase).toBe("done");
    expect(progress.answers.map((a) => [a.pack, a.packHash, a.session])).toEqual([
      ["a", "ha", "review-1"],
    ]);
    expect(progress.flags.map((f) => [f.pack, f.packHash, f.question])).toEqual([
      ["b", "hb", "tf"],
    ]);
    expect(progress.sessions).toEqual([]);
  });

  it("keeps each question's pack when the missed ones are asked again", () => {
    const progress = memoryProgress();
    let s = applyAndRecord(session, { type: "skip", now: T0 }, progress);
    s = applyAndRecord(s, { type: "next", now: T0 }, progress);
    s = applyAndRecord(s, { type: "skip", now: T0 }, progress);
    s = applyAndRecord(s, { type: "next", now: T0 }, progress);
    s = applyAndRecord(s, { type: "retry", now: T0 }, progress);
    expect(s.items.map((i) => `${i.question.id}@${i.origin?.pack}`).sort()).toEqual([
      "single@a",
      "tf@b",
    ]);
  });
});
