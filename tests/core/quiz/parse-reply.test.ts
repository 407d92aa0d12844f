import { describe, expect, it } from "vitest";
import { parseCertainty, parseNumber, parseReply } from "../../../src/core/quiz/parse-reply.js";
import { presentQuestions } from "../../../src/core/quiz/presentation.js";
import {
  description,
  essay,
  matching,
  multiple,
  numeric,
  ordering,
  short,
  single,
  truefalse,
} from "./fixtures.js";

const [pSingle, pMultiple, pTf, pNumeric, pShort, pMatching, pOrdering, pEssay, pDescription] =
  presentQuestions(
    [single, multiple, truefalse, numeric, short, matching, ordering, essay, description],
    7,
  );

describe("parseReply (line mode)", () => {
  it("reads numbers in the order the choices were shown", () => {
    const shown = pSingle!.choiceOrder;
    expect(parseReply(pSingle!, "2", "en")).toEqual({
      kind: "answer",
      response: { type: "single", choice: shown[1] },
    });
    expect(parseReply(pSingle!, "4", "en")).toEqual({
      kind: "error",
      key: "reply.number",
      vars: { max: 3 },
    });
    expect(parseReply(pSingle!, "1,2", "en").kind).toBe("error");
    const m = pMultiple!.choiceOrder;
    expect(parseReply(pMultiple!, "1,3", "en")).toEqual({
      kind: "answer",
      response: { type: "multiple", choices: [m[0], m[2]] },
    });
    expect(parseReply(pMultiple!, "1 3 3", "en")).toEqual({
      kind: "answer",
      response: { type: "multiple", choices: [m[0], m[2]] },
    });
  });

  it("reads true/false, numbers, texts", () => {
    expect(parseReply(pTf!, "1", "fr")).toEqual({
      kind: "answer",
      response: { type: "truefalse", value: true },
    });
    expect(parseReply(pTf!, "faux", "fr")).toEqual({
      kind: "answer",
      response: { type: "truefalse", value: false },
    });
    expect(parseReply(pNumeric!, "1 000", "fr")).toEqual({
      kind: "answer",
      response: { type: "numeric", value: 1000 },
    });
    expect(parseReply(pNumeric!, "environ", "fr")).toEqual({
      kind: "error",
      key: "reply.value",
      vars: {},
    });
    expect(parseReply(pShort!, "  Emmett Shear ", "en")).toEqual({
      kind: "answer",
      response: { type: "short", text: "Emmett Shear" },
    });
  });

  it("reads matching as one right-hand number per left item, ordering as item numbers", () => {
    const rights = pMatching!.rights;
    const reply = parseReply(pMatching!, "1 2 3 4", "en");
    expect(reply).toEqual({
      kind: "answer",
      response: { type: "matching", rights: [rights[0], rights[1], rights[2], rights[3]] },
    });
    expect(parseReply(pMatching!, "1 2", "en")).toEqual({
      kind: "error",
      key: "reply.matching",
      vars: { count: 4, max: 4 },
    });
    const shown = pOrdering!.itemOrder;
    expect(parseReply(pOrdering!, "5 4 3 2 1", "en")).toEqual({
      kind: "answer",
      response: { type: "ordering", order: [shown[4], shown[3], shown[2], shown[1], shown[0]] },
    });
    expect(parseReply(pOrdering!, "1 1 2 3 4", "en").kind).toBe("error");
  });

  it("has commands: empty skips, :flag, :quit; essays and descriptions go on", () => {
    expect(parseReply(pSingle!, "", "en")).toEqual({ kind: "skip" });
    expect(parseReply(pSingle!, ":flag", "en")).toEqual({ kind: "flag", reason: "unclear" });
    expect(parseReply(pSingle!, ":flag wrong", "en")).toEqual({ kind: "flag", reason: "wrong" });
    expect(parseReply(pShort!, ":quit", "en")).toEqual({ kind: "quit" });
    expect(parseReply(pEssay!, "", "en")).toEqual({ kind: "continue" });
    expect(parseReply(pEssay!, "because", "en")).toEqual({
      kind: "answer",
      response: { type: "essay", text: "because" },
    });
    expect(parseReply(pDescription!, "anything", "en")).toEqual({ kind: "continue" });
  });

  it("parses numbers the way each language writes them", () => {
    expect([
      parseNumber("1,5", "fr"),
      parseNumber("1 000", "fr"),
      parseNumber("700 employés", "fr"),
    ]).toEqual([1.5, 1000, 700]);
    expect([
      parseNumber("1,000", "en"),
      parseNumber("1.5", "en"),
      parseNumber("-3", "en"),
      parseNumber("x", "en"),
    ]).toEqual([1000, 1.5, -3, undefined]);
    expect(["1", "m", "haute", "4"].map(parseCertainty)).toEqual([
      "low",
      "medium",
      "high",
      undefined,
    ]);
  });
});
