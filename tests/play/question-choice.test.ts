import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// Quizzes one after the other in one newsquiz home, in line mode, as a reader playing every
// morning would: what each asks is read back from the answer log.
const facts = (home: string, session: number) => {
  const answers = readFileSync(join(home, "progress", "answers.jsonl"), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { session: string; facts: string[]; correct: boolean });
  const sessions = [...new Set(answers.map((a) => a.session))];
  return answers.filter((a) => a.session === sessions[session]).map((a) => a.facts.join("+"));
};

describe("the questions a new quiz asks", () => {
  it("prefers what was never asked, then brings back what was missed once it is due", async () => {
    const home = tempHome();
    const play = (at: string, input: string) =>
      runCommand(["play", "openai-2023-11", "--count", "5", "--seed", "1"], {
        input,
        env: { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: at },
      });
    // The first quiz: its five best facts, every answer wrong (choice 2, False, for the last).
    await play("2024-03-01T09:00:00Z", "1\n1\n1\n1\n2\n");
    const first = facts(home, 0);
    expect(first).toEqual([
      "embauche-altman",
      "eviction-altman",
      "shear-interim+murati-interim",
      "openai",
      "microsoft-reintegration",
    ]);
    // A minute later, the same seed: five facts never asked, not the same five again.
    await play("2024-03-01T09:01:00Z", "\n\n\n\n\n");
    const second = facts(home, 1);
    expect(second).toHaveLength(5);
    expect(second.filter((f) => first.includes(f))).toEqual([]);
    // Half an hour later, what the first quiz missed is due, and what the second skipped: they
    // come first, the most overdue first.
    await play("2024-03-01T09:30:00Z", "\n\n\n\n\n");
    const log = readFileSync(join(home, "progress", "answers.jsonl"), "utf8");
    const missedFirst = log
      .trimEnd()
      .split("\n")
      .slice(0, 5)
      .map((l) => JSON.parse(l))
      .filter((a) => !a.correct)
      .map((a) => a.facts.join("+"));
    // Answered wrong every time, the first quiz missed all five.
    expect(missedFirst).toEqual(first);
    // Its misses, due at 09:10, come before the second quiz's skips, due at 09:11.
    expect(facts(home, 2)).toEqual(first);
  });
});
