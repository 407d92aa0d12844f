import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT, tempHome } from "../helpers/run-cli.js";
import { HAS_TMUX, TmuxTerminal } from "../helpers/tmux.js";

if (!HAS_TMUX)
  console.warn("tests/e2e/cloze-terminal.test.ts: tmux is not installed; these tests are skipped");

const terminals: TmuxTerminal[] = [];
const terminal = (command: string) => {
  const t = new TmuxTerminal(`cd '${ROOT}' && ${command}; echo "exit=$?"`, 80, 24, {
    NEWSQUIZ_HOME: tempHome(),
    LANG: "C.UTF-8",
    TERM: "xterm-256color",
  });
  terminals.push(t);
  return t;
};

afterEach(() => {
  for (const t of terminals.splice(0)) t.kill();
});

// tests/fixtures/packs/cloze: [1] 1. longest, [2] *Atlantic*, [3] 1006 ± 20, in the built binary.
describe.skipIf(!HAS_TMUX)("a cloze question in a real terminal (tmux)", () => {
  it("is answered blank by blank in the full screen", async () => {
    const t = terminal(`node '${CLI}' play tests/fixtures/packs/cloze --lang en`);
    await t.waitFor((s) => s.includes("› [1] ?"), "the first blank");
    t.keys("1");
    await t.waitFor((s) => s.includes("› [1] longest"), "the choice in blank 1");
    t.keys("Down");
    await t.waitFor((s) => s.includes("› [2] ▏"), "the cursor on blank 2");
    t.type("Atlantic");
    await t.waitFor((s) => s.includes("› [2] Atlantic▏"), "the text typed in blank 2");
    t.keys("Down");
    await t.waitFor((s) => s.includes("› [3] ▏"), "the cursor on blank 3");
    t.type("1010");
    await t.waitFor((s) => s.includes("› [3] 1010▏"), "the number typed in blank 3");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("✓ Right"), "the feedback");
    t.keys("Enter");
    const results = await t.waitFor((s) => s.includes("Score: 1/1 (100%)"), "the results");
    expect(results).toContain("Fill in the blanks");
  });

  it("asks one prompt per blank under --plain", async () => {
    const t = terminal(`node '${CLI}' play tests/fixtures/packs/cloze --plain --lang en`);
    await t.waitFor((s) => s.includes("❯ 1. longest"), "the choices of blank 1");
    t.keys("Enter");
    // "[2]" and "[3]" are in the question's text from the start: wait for the prompt line itself,
    // the last line of the screen, empty after its label.
    const promptOf = (n: number) => (s: string) => s.trimEnd().split("\n").at(-1) === `  [${n}]`;
    await t.waitFor(promptOf(2), "the prompt of blank 2");
    t.type("the Atlantic");
    t.keys("Enter");
    await t.waitFor(promptOf(3), "the prompt of blank 3");
    t.type("990");
    t.keys("Enter");
    const end = await t.waitFor((s) => s.includes("exit=0"), "the end of the quiz");
    expect(end).toContain("✓ Right");
    expect(end).toContain("Score: 1/1 (100%)");
  });
});
