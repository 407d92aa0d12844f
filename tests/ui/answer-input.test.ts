import { describe, expect, it } from "vitest";
import { presentQuestions } from "../../src/core/quiz/presentation.js";
import {
  type AnswerInput,
  answerInputReducer,
  type InputAction,
  initialInput,
} from "../../src/ui/screens/question/answer-input.js";
import { matching, multiple, numeric, ordering, single } from "../core/quiz/fixtures.js";

const config = { certaintyMode: false, lang: "en" as const };

function run(
  item: ReturnType<typeof presentQuestions>[number],
  actions: InputAction[],
  cfg = config,
) {
  let state: AnswerInput = initialInput(item);
  let outcome: ReturnType<typeof answerInputReducer>[1];
  for (const action of actions) [state, outcome] = answerInputReducer(item, state, action, cfg);
  return { state, outcome };
}

describe("answerInputReducer", () => {
  const [pSingle, pMultiple, pNumeric, pMatching, pOrdering] = presentQuestions(
    [single, multiple, numeric, matching, ordering],
    7,
  );

  it("single: a digit answers the choice shown at that number", () => {
    const { outcome } = run(pSingle!, [{ type: "digit", n: 2 }]);
    expect(outcome).toEqual({
      kind: "answer",
      response: { type: "single", choice: pSingle!.choiceOrder[1] },
    });
  });

  it("multiple: nothing ticked is refused with a hint; ticks become pack indices", () => {
    expect(run(pMultiple!, [{ type: "submit" }]).state.notice).toBe("quiz.pick-one");
    const { outcome } = run(pMultiple!, [
      { type: "digit", n: 3 },
      { type: "digit", n: 1 },
      { type: "digit", n: 3 },
      { type: "move", delta: 1 },
      { type: "toggle" },
      { type: "submit" },
    ]);
    const shown = pMultiple!.choiceOrder;
    expect(outcome).toEqual({
      kind: "answer",
      response: { type: "multiple", choices: [shown[0], shown[3]] },
    });
  });

  it("numeric: typed text is read as a number; erase removes the last character", () => {
    const { outcome } = run(pNumeric!, [
      { type: "type", text: "7" },
      { type: "type", text: "1x" },
      { type: "erase" },
      { type: "type", text: "5" },
      { type: "submit" },
    ]);
    expect(outcome).toEqual({ kind: "answer", response: { type: "numeric", value: 715 } });
  });

  it("matching: every row must be matched; digits match and move down, arrows cycle", () => {
    const refused = run(pMatching!, [{ type: "digit", n: 1 }, { type: "submit" }]);
    expect([refused.state.notice, refused.state.cursor]).toEqual(["quiz.assign-all", 1]);
    const { outcome } = run(pMatching!, [
      { type: "digit", n: 1 },
      { type: "digit", n: 2 },
      { type: "cycle", delta: 1 },
      { type: "cycle", delta: 1 },
      { type: "move", delta: 1 },
      { type: "cycle", delta: -1 },
      { type: "submit" },
    ]);
    const r = pMatching!.rights;
    expect(outcome).toEqual({
      kind: "answer",
      response: { type: "matching", rights: [r[0], r[1], r[1], r[2]] },
    });
  });

  it("ordering: Space picks up, arrows carry, Space drops", () => {
    const { outcome, state } = run(pOrdering!, [
      { type: "toggle" },
      { type: "move", delta: 1 },
      { type: "move", delta: 1 },
      { type: "toggle" },
      { type: "move", delta: 1 },
      { type: "submit" },
    ]);
    expect([state.cursor, state.grabbed]).toEqual([3, false]);
    const o = pOrdering!.itemOrder;
    expect(outcome).toEqual({
      kind: "answer",
      response: { type: "ordering", order: [o[1], o[2], o[0], o[3], o[4]] },
    });
  });

  it("certainty mode holds the answer until the reader says how sure", () => {
    const cfg = { ...config, certaintyMode: true };
    const held = run(pSingle!, [{ type: "digit", n: 1 }], cfg);
    expect([held.state.stage, held.outcome]).toEqual(["certainty", undefined]);
    const { outcome } = run(
      pSingle!,
      [{ type: "digit", n: 1 }, { type: "cycle", delta: 1 }, { type: "submit" }],
      cfg,
    );
    expect(outcome).toEqual({
      kind: "answer",
      response: { type: "single", choice: pSingle!.choiceOrder[0] },
      certainty: "medium",
    });
  });

  it("flag: f opens the reasons, 1 or 2 flags, Esc cancels", () => {
    expect(
      run(pSingle!, [
        { type: "flagStage", open: true },
        { type: "digit", n: 2 },
      ]).outcome,
    ).toEqual({
      kind: "flag",
      reason: "unclear",
    });
    const cancelled = run(pSingle!, [
      { type: "flagStage", open: true },
      { type: "flagStage", open: false },
    ]);
    expect([cancelled.state.stage, cancelled.outcome]).toEqual(["answer", undefined]);
  });
});
