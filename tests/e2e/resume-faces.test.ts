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
 * The built-in pack, seed 4, 5 questions, in English: question 1 on the day Altman was fired
 * (2 is November 10, wrong), question 2 on Nadella's post (1 is Threads, wrong). The quiz is
 * left on question 2's feedback with Ctrl-C, as a reader closing for the night would.
 */
async function leftOnFeedback(): Promise<string> {
  const home = tempHome();
  const t = terminal(
    `node '${CLI}' play --count 5 --seed 4 --no-certainty --lang en; echo "exit=$?"`,
    home,
  );
  await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
  t.keys("2");
  await t.waitFor((s) => s.includes("✗ Wrong"), "feedback on question 1");
  t.keys("Enter");
  await t.waitFor((s) => s.includes("Question 2/5"), "question 2");
  t.keys("1");
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
      "On which social network did Satya Nadella announce that Sam Altman was joining Microsoft?",
      "  1. Threads",
      "  2. Facebook",
      "  3. X (formerly Twitter)",
      "  4. LinkedIn",
      "Your answer: Threads",
      "✗ Wrong",
    ]);
    // The line typed after it answers question 3 (2 is Thrive Capital, wrong), not question 2
    // again.
    expect(resumed.stdout).toContain("\nQuestion 3/5\n");
    expect(answers(home).map((a) => a.correct)).toEqual([false, false, false]);
    expect(answers(home)[2]!.question).toBe("embauche-brockman.who");
  });

  it("in prompt mode: the same, then the next question's prompt", async () => {
    const home = await leftOnFeedback();
    const t = terminal(`node '${CLI}' play --resume --plain; echo "exit=$?"`, home);
    const screen = await t.waitFor((s) => s.includes("Question 3/5"), "question 3's prompt");
    expect(screen).toContain("Your answer: Threads\n✗ Wrong");
    expect(screen.indexOf("Question 2/5")).toBeLessThan(screen.indexOf("Question 3/5"));
  });
});
