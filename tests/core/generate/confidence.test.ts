import { describe, expect, it } from "vitest";
import { QUESTION_CONFIDENCE_THRESHOLD } from "../../../src/core/extract/threshold.js";
import { generateQuestions } from "../../../src/core/generate/index.js";
import { packFrom } from "../../helpers/packs.js";

// Facts an extractor wrote are asked about only when it was sure enough of them.
const pack = (confidence: number) =>
  packFrom(`
title: Test
language: en
sources:
  - { id: s1, outlet: The Paper, language: en }
entities:
  - { id: acme, name: Acme, kind: organisation }
  - { id: jane, name: Jane Doe, kind: person, gender: f }
  - { id: john, name: John Roe, kind: person, gender: m }
  - { id: ann, name: Ann Poe, kind: person, gender: f }
events:
  - { id: firing, type: dismissal, actor: acme, target: jane, date: 2024-01-05, sources: [s1],
      extracted: true, confidence: ${confidence}, evidence: "Acme fired Jane Doe on Friday." }
  - { id: hiring, type: hiring, actor: acme, target: john, date: 2024-01-08, sources: [s1] }
  - { id: naming, type: appointment, actor: acme, target: ann, role: chief executive, date: 2024-01-09, sources: [s1] }
`);

const about = (confidence: number, fact: string) =>
  generateQuestions(pack(confidence), { seed: 1 }).filter((q) => q.facts.includes(fact)).length;

describe("extracted facts and the confidence threshold", () => {
  it("asks nothing about a fact extracted below the threshold", () => {
    expect(about(QUESTION_CONFIDENCE_THRESHOLD - 0.01, "firing")).toBe(0);
    expect(about(QUESTION_CONFIDENCE_THRESHOLD - 0.01, "hiring")).toBeGreaterThan(0);
  });

  it("asks about it at or above the threshold", () => {
    expect(about(QUESTION_CONFIDENCE_THRESHOLD, "firing")).toBeGreaterThan(0);
  });
});
