import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT, tempHome } from "../helpers/run-cli.js";
import { HAS_TMUX, TmuxTerminal } from "../helpers/tmux.js";

if (!HAS_TMUX)
  console.warn("tests/e2e/tui.test.ts: tmux is not installed; the real-terminal tests are skipped");

const terminals: TmuxTerminal[] = [];
function terminal(command: string, columns = 80, rows = 24): TmuxTerminal {
  const t = new TmuxTerminal(`cd '${ROOT}' && ${command}`, columns, rows, {
    NEWSQUIZ_HOME: tempHome(),
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
  });
  terminals.push(t);
  return t;
}

afterEach(() => {
  for (const t of terminals.splice(0)) t.kill();
});

// The built binary in a real terminal. Seed 7 keeps the pack's order of its written questions
// and shows X as choice 2; Pachocki, Sidor and Madry as 2, 3 and 5.
describe.skipIf(!HAS_TMUX)("newsquiz in a real terminal (tmux)", () => {
  it("plays a whole 5-question quiz and shows the score the answers deserve", async () => {
    const t = terminal(`node '${CLI}' play openai-2023-11 --count 5 --seed 7 --lang en`);
    await t.waitFor((s) => s.includes("Question 1/5"), "the first question");
    t.keys("2");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 1");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 2/5"), "question 2");
    t.keys("2", "3", "5", "Enter");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 2");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 3/5"), "question 3");
    t.keys("2");
    await t.waitFor((s) => s.includes("✗ Wrong"), "feedback on question 3");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 4/5"), "question 4");
    t.type("719");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 4");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 5/5"), "question 5");
    t.type("twich");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback on question 5");
    t.keys("Enter");
    const results = await t.waitFor((s) => s.includes("Results"), "the results");
    expect(results).toContain("Score: 4/5 (80%)");
    expect(results).toMatch(/True or false\s+░+ 0\/1/);
    expect(results).toMatch(/Short answer\s+█+ 1\/1/);
    expect(results).toContain("Le partenariat entre Microsoft et OpenAI a commencé en 2016.");
  });

  it("keeps the question readable when the terminal shrinks to 40 columns", async () => {
    const t = terminal(`node '${CLI}' play openai-2023-11 --seed 7 --lang en`);
    await t.waitFor((s) => s.includes("Question 1/7"), "the first question");
    t.resize(40, 24);
    const screen = await t.waitFor(
      (s) =>
        s.split("\n").every((l) => [...l].length <= 40) &&
        s.includes("\na-t-il annoncé l'arrivée de Sam Altman\n"),
      "a redraw at 40 columns",
    );
    const rows = screen.split("\n");
    expect(rows).toContain("Sur quel réseau social Satya Nadella");
    expect(rows).toContain("a-t-il annoncé l'arrivée de Sam Altman");
    expect(rows).toContain("  2. X (ex-Twitter)");
    // Still playable after the resize.
    t.keys("2");
    await t.waitFor((s) => s.includes("✓ Right"), "feedback after the resize");
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

  it("leaves cleanly on Ctrl-C in the middle of a quiz", async () => {
    const t = terminal("PS1='READY$ ' bash --norc --noprofile");
    await t.waitFor((s) => s.includes("READY$"), "the shell prompt");
    t.type(`node '${CLI}' play --seed 7 --lang en; echo "exit=$?"`);
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Question 1/7"), "the first question");
    t.keys("C-c");
    const after = await t.waitFor((s) => s.includes("exit=0"), "the exit status");
    expect(after).not.toContain("Question 1/7");
  });

  it("asks with @inquirer/prompts under --plain in a terminal", async () => {
    const t = terminal(
      `node '${CLI}' play openai-2023-11 --plain --count 3 --seed 7 --lang en; echo "exit=$?"`,
    );
    await t.waitFor((s) => s.includes("❯ 1. Threads"), "the first prompt");
    t.keys("Down");
    await t.waitFor((s) => s.includes("❯ 2. X (ex-Twitter)"), "the pointer on choice 2");
    t.keys("Enter");
    await t.waitFor(
      (s) => s.includes("✓ Right") && s.includes("◯ 2. Jakub Pachocki"),
      "question 2",
    );
    for (const k of ["Down", "Space", "Down", "Space", "Down", "Down", "Space"]) {
      t.keys(k);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await t.waitFor((s) => s.includes("◉ 5. Aleksander Madry"), "three ticks");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("1. True"), "question 3");
    t.keys("Down");
    await t.waitFor((s) => s.includes("❯ 2. False"), "the pointer on False");
    t.keys("Enter");
    const end = await t.waitFor((s) => s.includes("exit=0"), "the end of the quiz");
    expect(end).toContain("Score: 2/3 (67%)");
    expect(end).toContain("✗ Wrong");
  });
});
