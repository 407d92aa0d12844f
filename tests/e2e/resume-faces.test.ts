import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli, tempHome } from "../helpers/run-cli.js";
import { HAS_TMUX, killAll, newsquizTerminal } from "../helpers/tmux.js";

if (!HAS_TMUX) {
  console.warn("tests/e2e/resume-faces.test.ts: tmux is not installed; these tests are skipped");
}

afterEach(killAll);

const terminal = (command: string, home: string) =>
  newsquizTerminal(ROOT, command, { NEWSQUIZ_HOME: home });

const answers = (home: string) =>
  readFileSync(join(home, "progress", "answers.jsonl"), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { question: string; correct: boolean });

/**
 * The built-in pack, seed 4, 5 questions, in English: question 1 on Nadella's post (1 is
 * Threads, wrong), question 2 on who hired Brockman (3 is Google, wrong). The quiz is
 * left on question 2's feedback with Ctrl-C, as a reader closing for the night would.
 */
async function leftOnFeedback(): Promise<string> {
  const home = tempHome();
  const t = terminal(
    `node '${CLI}' play --count 5 --seed 4 --no-certainty --lang en; echo "exit=$?"`,
    home,
  );
  await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
  t.keys("1");
  await t.waitFor((s) => s.includes("✗ Wrong"), "feedback on question 1");
  t.keys("Enter");
  await t.waitFor((s) => s.includes("Question 2/5"), "question 2");
  t.keys("3");
  await t.waitFor((s) => s.includes("✗ Wrong") && s.includes("Question 2/5"), "its feedback");
  t.keys("C-c");
  await t.waitFor((s) => s.includes("exit="), "the shell");
  return home;
}

describe.skipIf(!HAS_TMUX)("a quiz left on a feedback, taken up again in another face", () => {
  it("in line mode: shows the answer given and its verdict, then asks the next question", async () => {
    const home = await leftOnFeedback();
    const resumed = runCli(["play", "--resume"], {
      input: "2\n:quit\n",
      env: { NEWSQUIZ_HOME: home, TZ: "UTC" },
    });
    expect(resumed.code).toBe(0);
    const out = resumed.stdout.split("\n");
    const at = out.indexOf("Question 2/5");
    expect(out.slice(at, at + 8)).toEqual([
      "Question 2/5",
      "Who hired Greg Brockman on Monday, November 20, 2023?",
      "  1. Twitch",
      "  2. Thrive Capital",
      "  3. Google",
      "  4. Microsoft",
      "Your answer: Google",
      "✗ Wrong",
    ]);
    // The line typed after it answers question 3 (2 is November 10, wrong), not question 2 again.
    expect(resumed.stdout).toContain("\nQuestion 3/5\n");
    expect(answers(home).map((a) => a.correct)).toEqual([false, false, false]);
    expect(answers(home)[2]!.question).toBe("eviction-altman.when");
  });

  it("in prompt mode: the same, then the next question's prompt", async () => {
    const home = await leftOnFeedback();
    const t = terminal(`node '${CLI}' play --resume --plain; echo "exit=$?"`, home);
    const screen = await t.waitFor((s) => s.includes("Question 3/5"), "question 3's prompt");
    expect(screen).toContain("Your answer: Google\n✗ Wrong");
    expect(screen.indexOf("Question 2/5")).toBeLessThan(screen.indexOf("Question 3/5"));
  });
});
