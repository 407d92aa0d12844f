import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// tests/fixtures/packs/cloze: [1] 1. longest, [2] *Atlantic* (or "sea", half), [3] 1006 ± 20, worth two.
describe("a cloze question in line mode", () => {
  it("prints the text with its blanks and the choices of each choice blank, and reads one line of answers", async () => {
    const result = await runCommand(["play", "tests/fixtures/packs/cloze", "--lang", "en"], {
      input: "1 | x\n1 | the Atlantic | 1 006\n",
      env: { NEWSQUIZ_NOW: "0", NEWSQUIZ_HOME: tempHome() },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(3, 12)).toEqual([
      "Question 1/1",
      "The Loire is the [1] river of France; it flows into the [2] after about [3] km.",
      "  [1] 1. longest   2. shortest   3. widest",
      "Answers, blank by blank, separated by | (such as 2 | Seine | 42): 1 | x",
      "Not understood: expected one answer per blank, in order, separated by |.",
      "Answers, blank by blank, separated by | (such as 2 | Seine | 42): 1 | the Atlantic | 1 006",
      "✓ Right",
      "[2] Yes, the Atlantic.",
      "It is 1,006 km long and ends in the Bay of Biscay.",
    ]);
  });
});
