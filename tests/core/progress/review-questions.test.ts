import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { generatorSource, type ReviewPack } from "../../../src/core/progress/review-questions.js";
import type { ReviewItem } from "../../../src/core/progress/selection.js";
import { builtinPack } from "../../helpers/packs.js";

const pack = builtinPack();
const review = (flagged: string[] = []): Map<string, ReviewPack> =>
  new Map([[pack.id, { pack, generator: createGenerator(pack), flagged: new Set(flagged) }]]);
const item = (fact: string, question?: string): ReviewItem => ({
  ref: { pack: pack.id, fact },
  key: `${pack.id}\0f\0${fact}`,
  reason: question ? "missed" : "due",
  retrievability: 0,
  question,
});
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe("the questions a review asks of the generator", () => {
  const source = generatorSource(review(), 1);

  it("knows every level a fact can be asked at: choices, hard choices, typed where written", () => {
    expect(source.levels(item("effectif-700"))).toEqual(["choice", "hard-choice", "typed"]);
    // Asked only by generated and hand-written choices: never typed. Its year is asked with
    // years near it whatever the level (none before OpenAI was founded, none after 2023).
    expect(source.levels(item("partenariat-2016"))).toEqual(["hard-choice", "choice"]);
  });

  it("asks about the fact at the level given, with the distractors that level means", () => {
    const hard = source.questions(item("effectif-700"), "hard-choice");
    expect(ids(hard).sort()).toEqual(["effectif-700.how-many", "effectif-700.true-false"]);
    expect(hard.every((q) => q.difficulty === "hard")).toBe(true);
    expect(ids(source.questions(item("effectif-700"), "typed"))).toEqual([
      "effectif-selon-macgeneration",
    ]);
    // No « qui a conclu … ses supercalculateurs ? »: « ses » would point to the one asked.
    expect(ids(source.questions(item("partenariat-2016"), "choice"))).toEqual([
      "partenariat-2016.true-false",
      "debut-partenariat",
      "histoire-openai",
    ]);
  });

  it("asks a missed question again by its id, unless it was flagged since", () => {
    expect(source.again(item("partenariat-2016", "debut-partenariat"))?.id).toBe(
      "debut-partenariat",
    );
    const flagged = generatorSource(review(["debut-partenariat"]), 1);
    expect(flagged.again(item("partenariat-2016", "debut-partenariat"))).toBeUndefined();
    expect(ids(flagged.questions(item("partenariat-2016"), "choice"))).not.toContain(
      "debut-partenariat",
    );
  });

  it("has nothing for a pack it was not given", () => {
    const other: ReviewItem = { ...item("x"), ref: { pack: "gone", fact: "x" } };
    expect(source.levels(other)).toEqual([]);
  });
});
