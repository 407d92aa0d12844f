import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli, tempHome } from "../helpers/run-cli.js";
import { HAS_TMUX, killAll, newsquizTerminal } from "../helpers/tmux.js";

if (!HAS_TMUX) {
  console.warn("tests/e2e/quiz-terminal.test.ts: tmux is not installed; these tests are skipped");
}

afterEach(killAll);

const terminal = (command: string, env: Record<string, string>) =>
  newsquizTerminal(ROOT, `${command}; echo "exit=$?"`, env);

const answers = (home: string) =>
  readFileSync(join(home, "progress", "answers.jsonl"), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { question: string; correct: boolean; skipped?: true });

// The built-in pack, seed 7, in English: X (choice 4) is right for question 1, The Verge
// (choice 2) wrong for question 2, whose right answer is choice 1.
describe.skipIf(!HAS_TMUX)("the full-screen quiz in a real terminal", () => {
  it("handles every key of a burst, each on the screen the one before left", async () => {
    const home = tempHome();
    const t = terminal(`node '${CLI}' play --count 5 --seed 7 --lang en`, { NEWSQUIZ_HOME: home });
    await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
    // One chunk: answer, Enter, answer, Enter, skip.
    t.type("4\r2\rs");
    const screen = await t.waitFor(
      (s) => s.includes("Question 3/5") && s.includes("→ Skipped"),
      "question 3, skipped, with its answer",
    );
    expect(screen).toContain("✓ 1. OpenAI employees");
    expect(answers(home).map((a) => [a.question, a.correct, a.skipped])).toEqual([
      ["reseau-annonce-nadella", true, undefined],
      ["eviction-altman.who", false, undefined],
      ["lettre-employes.who", false, true],
    ]);
  });

  it("says the quiz's score and the retry's on the way out, and keeps the quiz's", async () => {
    const home = tempHome();
    const t = terminal(`node '${CLI}' play --count 2 --seed 7 --lang en`, { NEWSQUIZ_HOME: home });
    await t.waitFor((s) => s.includes("Question 1/2"), "the first question");
    t.keys("4");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 1");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 2/2"), "question 2");
    t.keys("2");
    await t.waitFor((s) => s.includes("✗ Wrong"), "feedback on question 2");
    t.keys("Enter");
    const results = await t.waitFor((s) => s.includes("Results"), "the results");
    expect(results).toMatch(/Next review: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\./);
    t.keys("r");
    const retry = await t.waitFor((s) => s.includes("Question 1/1"), "the missed question again");
    // Its choices in another order than the first time, where The OpenAI board was first.
    expect(retry).not.toContain("  1. The OpenAI board");
    const right = /(\d)\. The OpenAI board/.exec(retry)![1]!;
    t.keys(right);
    await t.waitFor((s) => s.includes("✓ Right"), "the retry's feedback");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Missed questions asked again: Score: 1/1"), "its results");
    t.keys("q");
    await t.waitFor((s) => s.includes("[Summary]"), "the pack screen");
    t.keys("q");
    const after = await t.waitFor((s) => s.includes("exit=0"), "the shell");
    expect(after.replace(/\n/g, "")).toContain(
      "OpenAI : la crise de novembre 2023: The quiz's score (kept as the pack's last score): 1/2 (50%) · Missed questions asked again: Score: 1/1 (100%) · seed 7",
    );
    const stats = JSON.parse(runCli(["stats", "--json"], { env: { NEWSQUIZ_HOME: home } }).stdout);
    expect(stats.packs["openai-2023-11"].lastScore).toMatchObject({ score: 1, total: 2 });
  });

  it("starts the review of what is due with r on the home screen", async () => {
    const home = tempHome();
    runCli(["play", "openai-2023-11", "--count", "1", "--seed", "7"], {
      input: "1\n",
      env: { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: "2024-03-01T09:00:00Z" },
    });
    const t = terminal(`node '${CLI}' --lang en`, {
      NEWSQUIZ_HOME: home,
      NEWSQUIZ_NOW: "2024-03-01T09:30:00Z",
    });
    await t.waitFor((s) => s.includes("r review (1 due)"), "the home screen, something due");
    t.keys("r");
    const review = await t.waitFor((s) => s.includes("Question 1/1"), "the review");
    expect(review).toContain("newsquiz · Review");
  });

  it("word-wraps the summary to the terminal's width, never inside a word", async () => {
    const piped = runCli(["summary", "openai-2023-11"]).stdout;
    const t = newsquizTerminal(
      ROOT,
      `node '${CLI}' summary openai-2023-11; echo "exit=$?"`,
      {},
      { columns: 50, rows: 60 },
    );
    const screen = await t.waitFor((s) => s.includes("exit=0"), "the summary");
    const rows = screen.split("\n").filter((r) => r.trim() !== "" && !r.startsWith("exit="));
    expect(Math.max(...rows.map((r) => [...r].length))).toBeLessThanOrEqual(50);
    // The rows on screen (the end of it), joined, are the text word for word: no word was cut
    // in two.
    const words = (text: string) =>
      text
        .replace(/\u00a0/g, " ")
        .split(/\s+/)
        .join(" ")
        .trim();
    expect(rows.length).toBeGreaterThan(40);
    expect(words(piped)).toContain(words(rows.join(" ")));
    // Piped, the same text is left whole, one paragraph a line.
    expect(piped.split("\n").some((line) => [...line].length > 50)).toBe(true);
  });
});
