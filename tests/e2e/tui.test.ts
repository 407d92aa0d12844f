import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli, tempHome } from "../helpers/run-cli.js";
import { HAS_TMUX, TmuxTerminal } from "../helpers/tmux.js";

if (!HAS_TMUX)
  console.warn("tests/e2e/tui.test.ts: tmux is not installed; the real-terminal tests are skipped");

const terminals: TmuxTerminal[] = [];
function terminal(
  command: string,
  columns = 80,
  rows = 24,
  env: Record<string, string> = {},
): TmuxTerminal {
  const t = new TmuxTerminal(`cd '${ROOT}' && ${command}`, columns, rows, {
    NEWSQUIZ_HOME: tempHome(),
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
    ...env,
  });
  terminals.push(t);
  return t;
}

afterEach(() => {
  for (const t of terminals.splice(0)) t.kill();
});

// The built binary in a real terminal. The 5-question quiz plays the built-in pack's best questions
// for seed 7 in English: the English hand-written one on Nadella's post (X is choice 1), then four
// generated ones: who was interim CEO after Murati (Emmett Shear is choice 4, Jakub Pachocki 2),
// who is OpenAI's chief executive (2), who fired Altman (the board, 3), and true or false on
// the weekend's negotiations (true, 1).
const RIGHT = { 3: "2", 4: "3", 5: "1" } as const;
describe.skipIf(!HAS_TMUX)("newsquiz in a real terminal (tmux)", () => {
  it("plays a whole 5-question quiz and shows the score the answers deserve", async () => {
    const t = terminal(`node '${CLI}' play openai-2023-11 --count 5 --seed 7 --lang en`);
    await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
    t.keys("1");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 1");
    t.keys("Enter");
    const second = await t.waitFor((s) => s.includes("Question 2/5"), "question 2");
    expect(second).toContain("Who was appointed interim chief executive of OpenAI after Mira");
    t.keys("2");
    const wrong = await t.waitFor((s) => s.includes("✗ Wrong"), "feedback on question 2");
    expect(wrong).toContain("✓ 4. Emmett Shear");
    t.keys("Enter");
    for (const n of [3, 4, 5] as const) {
      await t.waitFor((s) => s.includes(`Question ${n}/5`), `question ${n}`);
      t.keys(RIGHT[n]);
      await t.waitFor((s) => s.includes("✓ Right"), `feedback on question ${n}`);
      t.keys("Enter");
    }
    const results = await t.waitFor((s) => s.includes("Results"), "the results");
    expect(results).toContain("Score: 4/5 (80%)");
    expect(results).toMatch(/Single choice\s+█+ 1\/1/);
    expect(results).toMatch(/Whom\s+░+ 0\/1/);
    expect(results).toMatch(/Who\s+█+ 1\/1/);
    expect(results).toContain("Your answer: Jakub Pachocki");
  });

  it("keeps the question readable when the terminal shrinks to 40 columns", async () => {
    const t = terminal(`node '${CLI}' play openai-2023-11 --seed 7 --lang en`);
    await t.waitFor((s) => s.includes("Question 1/"), "the first question");
    t.resize(40, 24);
    const screen = await t.waitFor(
      (s) =>
        s.split("\n").every((l) => [...l].length <= 40) &&
        s.includes("\nNadella announce that Sam Altman was\n"),
      "a redraw at 40 columns",
    );
    const rows = screen.split("\n");
    expect(rows).toContain("On which social network did Satya");
    expect(rows).toContain("Nadella announce that Sam Altman was");
    expect(rows).toContain("› 1. X (formerly Twitter)");
    // Still playable after the resize.
    t.keys("1");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback after the resize");
  });

  // Ink draws nothing but its last frame where CI is set; a person at a terminal still gets the
  // live screen, whatever their environment exports.
  it("draws the live screen at a terminal even where CI is set", async () => {
    const t = terminal(`node '${CLI}' play openai-2023-11 --count 5 --seed 7 --lang en`, 80, 24, {
      CI: "true",
    });
    await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
    t.keys("1");
    // Ink under CI would draw only the last frame, when the quiz ends: the feedback is a frame
    // drawn while it runs.
    const feedback = await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 1");
    expect(feedback).toContain("Question 1/5");
  });

  it("leaves with q from the home screen and gives the shell back as it was", async () => {
    const t = terminal("PS1='READY$ ' bash --norc --noprofile");
    await t.waitFor((s) => s.includes("READY$"), "the shell prompt");
    t.type("echo before-newsquiz");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("READY$ echo before-newsquiz\nbefore-newsquiz"), "the echo");
    t.type(`node '${CLI}' --lang en`);
    t.keys("Enter");
    await t.waitFor(
      (s) => s.includes("newsquiz · Packs") && s.includes("› OpenAI"),
      "the home screen",
    );
    t.keys("q");
    const after = await t.waitFor((s) => /READY\$\s*$/.test(s), "the prompt after leaving");
    expect(after).not.toContain("newsquiz · Packs");
    expect(after).toContain("READY$ echo before-newsquiz\nbefore-newsquiz\nREADY$ node");
    // The terminal is usable again: what is typed is echoed by the shell.
    t.type("echo still-here");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("\nstill-here"), "the shell to run a command");
  });

  it("leaves cleanly on Ctrl-C in the middle of a quiz, with exit code 130", async () => {
    const t = terminal("PS1='READY$ ' bash --norc --noprofile");
    await t.waitFor((s) => s.includes("READY$"), "the shell prompt");
    t.type(`node '${CLI}' play --seed 7 --lang en; echo "exit=$?"`);
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 1/"), "the first question");
    t.keys("C-c");
    const after = await t.waitFor((s) => s.includes("exit=130"), "the exit status");
    expect(after).not.toContain("Question 1/");
  });

  it("saves a quiz left with Ctrl-C and takes it up again from the home screen, answers kept", async () => {
    const home = tempHome();
    const t = new TmuxTerminal(`cd '${ROOT}' && PS1='READY$ ' bash --norc --noprofile`, 80, 24, {
      NEWSQUIZ_HOME: home,
      LANG: "C.UTF-8",
      TERM: "xterm-256color",
    });
    terminals.push(t);
    await t.waitFor((s) => s.includes("READY$"), "the shell prompt");
    t.type(`node '${CLI}' play openai-2023-11 --count 5 --seed 7 --lang en; echo "exit=$?"`);
    t.keys("Enter");
    // Two answers, as in the 5-question quiz above: X (right), then Jakub Pachocki (wrong).
    await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
    t.keys("1");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 1");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 2/5"), "question 2");
    t.keys("2");
    await t.waitFor((s) => s.includes("✗ Wrong"), "feedback on question 2");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 3/5"), "question 3");
    t.keys("C-c");
    const left = await t.waitFor((s) => s.includes("exit=130"), "the shell after Ctrl-C");
    // It names the command that was run: newsquiz is not on this PATH.
    expect(left).toContain(
      'Quiz left at question 3 of 5: "node dist/cli.js play --resume" takes it up',
    );

    t.type(`node '${CLI}' --lang en`);
    t.keys("Enter");
    const offer = await t.waitFor((s) => s.includes("Unfinished quiz"), "the offer");
    expect(offer).toContain("Left at question 3 of 5, 2 answered, on ");
    expect(offer).toContain("› 1. Take it up again where you left it");
    t.keys("Enter");
    for (const n of [3, 4, 5] as const) {
      await t.waitFor((s) => s.includes(`Question ${n}/5`), `question ${n}, taken up again`);
      t.keys(RIGHT[n]);
      await t.waitFor((s) => s.includes("✓ Right"), `feedback on question ${n}`);
      t.keys("Enter");
    }
    // The score counts the two answers given before Ctrl-C.
    const results = await t.waitFor((s) => s.includes("Results"), "the results");
    expect(results).toContain("Score: 4/5 (80%)");
    expect(results).toContain("Your answer: Jakub Pachocki");
    const answers = readFileSync(join(home, "progress", "answers.jsonl"), "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.correct)).toEqual([true, false, true, true, true]);
    expect(new Set(answers.map((a) => a.session)).size).toBe(1);
    const ended = JSON.parse(readFileSync(join(home, "progress", "sessions.jsonl"), "utf8"));
    expect([ended.score, ended.total, ended.session]).toEqual([4, 5, answers[0].session]);
    expect(existsSync(join(home, "progress", "interrupted.json"))).toBe(false);
  });

  // NEWSQUIZ_FAULT=after-answer throws out of the event loop once the first answer is recorded:
  // a bug in the middle of a quiz, as a reader would meet it.
  for (const debug of [false, true]) {
    it(`gives the terminal back after a crash, keeps the answer, ${debug ? "shows the stack with DEBUG=newsquiz" : "says one line"}`, async () => {
      const home = tempHome();
      const t = new TmuxTerminal(`cd '${ROOT}' && PS1='READY$ ' bash --norc --noprofile`, 80, 24, {
        NEWSQUIZ_HOME: home,
        NEWSQUIZ_FAULT: "after-answer",
        LANG: "C.UTF-8",
        TERM: "xterm-256color",
        ...(debug ? { DEBUG: "newsquiz" } : {}),
      });
      terminals.push(t);
      await t.waitFor((s) => s.includes("READY$"), "the shell prompt");
      t.type(`node '${CLI}' play openai-2023-11 --count 5 --seed 7 --lang en; echo "exit=$?"`);
      t.keys("Enter");
      await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
      t.keys("1");
      const after = await t.waitFor((s) => s.includes("exit=1"), "the shell after the crash");
      expect(after).not.toContain("Question 1/5");
      expect(after).toContain(
        "newsquiz: unexpected error: NEWSQUIZ_FAULT: crash after an answer, as asked",
      );
      expect(after).toContain(
        'Quiz left at question 1 of 5: "node dist/cli.js play --resume" takes it up',
      );
      if (debug) expect(after).toMatch(/\nError: NEWSQUIZ_FAULT[^\n]*\n\s+at /);
      else
        expect(after).toContain("newsquiz: run again with DEBUG=newsquiz to see where it happened");
      expect(t.format("#{alternate_on} #{cursor_flag}")).toBe("0 1");
      const answers = readFileSync(join(home, "progress", "answers.jsonl"), "utf8").trimEnd();
      expect(answers.split("\n").map((l) => JSON.parse(l).correct)).toEqual([true]);
      // The shell still reads what is typed.
      t.type("echo still-here");
      t.keys("Enter");
      await t.waitFor((s) => s.includes("\nstill-here"), "the shell to run a command");
    });
  }

  // The prompts of each type, on the fixture pack of one hand-written question per type, its
  // English ones: seed 7 shows X as choice 1, and Sidor, Pachocki and Madry as 1, 3 and 4.
  it("asks with @inquirer/prompts under --plain in a terminal", async () => {
    const t = terminal(
      `node '${CLI}' play tests/fixtures/packs/every-type --plain --count 3 --seed 7 --lang en; echo "exit=$?"`,
    );
    await t.waitFor((s) => s.includes("❯ 1. X (formerly Twitter)"), "the first prompt");
    // Each key once the one before has moved the pointer: the screen says where it is.
    for (const [key, choice] of [
      ["Down", "2. LinkedIn"],
      ["Up", "1. X (formerly Twitter)"],
    ]) {
      t.keys(key!);
      await t.waitFor((s) => s.includes(`❯ ${choice}`), `the pointer on ${choice}`);
    }
    t.keys("Enter");
    await t.waitFor((s) => s.includes("✓ Right") && s.includes("◯ 1. Szymon Sidor"), "question 2");
    const steps: [string, string][] = [
      ["Space", "◉ 1. Szymon Sidor"],
      ["Down", "❯◯ 2. Mira Murati"],
      ["Down", "❯◯ 3. Jakub Pachocki"],
      ["Space", "❯◉ 3. Jakub Pachocki"],
      ["Down", "❯◯ 4. Aleksander Madry"],
      ["Space", "❯◉ 4. Aleksander Madry"],
    ];
    for (const [key, shown] of steps) {
      t.keys(key);
      await t.waitFor((s) => s.replaceAll(" ", "").includes(shown.replaceAll(" ", "")), shown);
    }
    t.keys("Enter");
    await t.waitFor((s) => s.includes("1. True"), "question 3");
    t.keys("Down");
    await t.waitFor((s) => s.includes("❯ 2. False"), "the pointer on False");
    t.keys("Enter");
    const end = await t.waitFor((s) => s.includes("exit=0"), "the end of the quiz");
    expect(end).toContain("Score: 2/3 (67%)");
    expect(end).toContain("✗ Wrong");
  });

  it("keeps a quiz left with Ctrl-C in a prompt, to take up again", async () => {
    const home = tempHome();
    const t = new TmuxTerminal(
      `cd '${ROOT}' && node '${CLI}' play tests/fixtures/packs/every-type --plain --seed 7 --lang en; echo "exit=$?"`,
      80,
      24,
      { NEWSQUIZ_HOME: home, LANG: "C.UTF-8", TERM: "xterm-256color" },
    );
    terminals.push(t);
    await t.waitFor((s) => s.includes("❯ 1. X (formerly Twitter)"), "the first prompt");
    t.keys("C-c");
    const end = await t.waitFor((s) => s.includes("exit=130"), "the exit status");
    expect(end).toContain(
      'newsquiz: Quiz left at question 1 of 7: "node dist/cli.js play --resume" takes',
    );
    expect(existsSync(join(home, "progress", "interrupted.json"))).toBe(true);
  });

  it("reviews on the full screen: what the last session missed, then what is due", async () => {
    const home = tempHome();
    // A quiz at 09:00 in line mode: the hiring of Altman right, who fired him wrong.
    runCli(["play", "openai-2023-11", "--count", "2", "--seed", "7"], {
      input: "4\n2\n",
      env: { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: "2024-03-01T09:00:00Z", TZ: "UTC" },
    });
    const t = new TmuxTerminal(`cd '${ROOT}' && PS1='READY$ ' bash --norc --noprofile`, 80, 24, {
      NEWSQUIZ_HOME: home,
      TZ: "UTC",
      LANG: "C.UTF-8",
      TERM: "xterm-256color",
    });
    terminals.push(t);
    await t.waitFor((s) => s.includes("READY$"), "the shell prompt");
    // At 09:05, the question missed, asked again as it was, and missed again.
    t.type(
      `NEWSQUIZ_NOW=2024-03-01T09:05:00Z node '${CLI}' review --missed openai-2023-11 --lang en; echo "exit=$?"`,
    );
    t.keys("Enter");
    const missed = await t.waitFor((s) => s.includes("Question 1/1"), "the missed question");
    expect(missed).toContain("newsquiz · Missed last time in openai-2023-11");
    expect(missed).toContain("Of these, who fired Sam Altman");
    t.keys("2");
    await t.waitFor((s) => s.includes("✗ Wrong"), "the feedback");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Results"), "the results");
    t.keys("q");
    const left = await t.waitFor((s) => s.includes("exit=0"), "the shell");
    expect(left).toContain(
      "Missed last time in openai-2023-11: Score: 0/1 (0%)\n\nNext review: 2024-03-01 09:15.",
    );

    // At 09:15 it is due: asked in a wording not met yet, and answered right.
    t.type(`clear; NEWSQUIZ_NOW=2024-03-01T09:15:00Z node '${CLI}' review; echo "exit=$?"`);
    t.keys("Enter");
    const due = await t.waitFor((s) => s.includes("Question 1/1"), "the question due");
    expect(due).toContain("newsquiz · Review");
    expect(due).toContain("Qui a été évincé de son poste de PDG d'OpenAI le vendredi 17");
    t.keys("3");
    await t.waitFor((s) => s.includes("✓ Right"), "the feedback");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Score: 1/1 (100%)"), "the results");
    t.keys("q");
    const after = await t.waitFor((s) => s.includes("exit=0"), "the shell");
    expect(after).toContain("Review: Score: 1/1 (100%)\n\nNext review: 2024-03-02 09:15.");
  });
});
