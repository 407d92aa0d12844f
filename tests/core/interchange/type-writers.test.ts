import { describe, expect, it } from "vitest";
import { said, verbatim } from "../../../src/core/i18n/msg.js";
import { type TypeWriters, writerOf } from "../../../src/core/interchange/type-writers.js";
import type { WrittenQuestion } from "../../../src/core/question/model.js";
import { questionSchema } from "../../../src/core/question/schema.js";

const q = (data: Record<string, unknown>): WrittenQuestion => questionSchema.parse(data);

// A format holding single-choice questions only: every other type goes through the generic path.
const writers: TypeWriters<string, string> = {
  single: (question, prefix) => `${prefix}${question.choices.length} choices`,
};
const single = q({
  id: "s",
  type: "single",
  prompt: "Who?",
  choices: [{ text: "A", correct: true }, { text: "B" }],
});
const essay = q({ id: "e", type: "essay", prompt: "Why?" });

describe("writerOf", () => {
  it("gives the format's writer for a type it holds, and notes nothing", () => {
    const notes: string[] = [];
    const write = writerOf(writers, single, { name: "Slates" }, (m) => notes.push(said("en", m)));
    expect([write?.(single, "> "), notes]).toEqual(["> 2 choices", []]);
  });

  it("leaves out a type the format does not name, and says it is not written", () => {
    const notes: string[] = [];
    const write = writerOf(writers, essay, { name: "Slates" }, (m) => notes.push(said("en", m)));
    expect([write, notes]).toEqual([
      undefined,
      ["skipped: essay questions cannot be written in Slates"],
    ]);
  });

  it("says it in the interface's language", () => {
    const notes: string[] = [];
    writerOf(writers, essay, { name: "Slates" }, (m) => notes.push(said("fr", m)));
    expect(notes).toEqual(["ignorée : Slates ne peut pas écrire les questions de type essay"]);
  });

  it("says so in the format's own words when it has them", () => {
    const notes: string[] = [];
    const format = {
      name: "Slates",
      cannotHold: (type: string) => verbatim(`no ${type} on a slate`),
    };
    writerOf(writers, essay, format, (m) => notes.push(said("en", m)));
    expect(notes).toEqual(["no essay on a slate"]);
  });
});
