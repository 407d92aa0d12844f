import { describe, expect, it } from "vitest";
import { appendToList } from "../../../src/core/pack/append.js";

describe("appendToList", () => {
  it("adds after the last item of a block list, before comments that follow it", () => {
    const text = "title: x\nquestions:\n  - id: a\n    type: essay\n    prompt: A\n\n# the end\n";
    expect(appendToList(text, "questions", [{ id: "b", type: "essay", prompt: "B" }])).toBe(
      "title: x\nquestions:\n  - id: a\n    type: essay\n    prompt: A\n  - id: b\n    type: essay\n    prompt: B\n\n# the end\n",
    );
  });

  it("keeps the list's own indentation", () => {
    const text = "questions:\n- id: a\n  type: essay\n  prompt: A\n";
    expect(appendToList(text, "questions", [{ id: "b" }])).toBe(
      "questions:\n- id: a\n  type: essay\n  prompt: A\n- id: b\n",
    );
  });

  it("turns an empty flow list into a block list, and adds a missing list at the end", () => {
    expect(
      appendToList("entities: []  \nevents: []\n", "entities", [{ id: "e", aliases: ["A", "B"] }]),
    ).toBe("entities:\n  - id: e\n    aliases: [A, B]\nevents: []\n");
    expect(appendToList("title: x", "quotes", [{ id: "q", text: "« Oui : non »" }])).toBe(
      'title: x\nquotes:\n  - id: q\n    text: "« Oui : non »"\n',
    );
  });

  it("never folds a long text onto several lines", () => {
    const long = "mot ".repeat(40).trim();
    expect(appendToList("questions: []\n", "questions", [{ prompt: long }])).toBe(
      `questions:\n  - prompt: ${long}\n`,
    );
  });
});
