import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, tempHome } from "../helpers/run-cli.js";
import { HAS_TMUX, TmuxTerminal } from "../helpers/tmux.js";
import { TRIAGE_ARTICLE, triageProject } from "../helpers/triage-pack.js";

if (!HAS_TMUX)
  console.warn(
    "tests/e2e/triage.test.ts: tmux is not installed; the real-terminal tests are skipped",
  );

const terminals: TmuxTerminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.kill();
});

function terminal(cwd: string, columns = 80, rows = 24, env: Record<string, string> = {}) {
  const t = new TmuxTerminal(
    `cd '${cwd}' && PS1='READY$ ' bash --norc --noprofile`,
    columns,
    rows,
    {
      NEWSQUIZ_HOME: tempHome(),
      LANG: "C.UTF-8",
      TERM: "xterm-256color",
      ...env,
    },
  );
  terminals.push(t);
  return t;
}

/**
 * From the edit form's first field, down to the date and into it, one key at a time as a person
 * presses them: keys sent together reach the screen as one input, which it reads as one key.
 */
async function openDateField(t: TmuxTerminal): Promise<void> {
  t.keys("Down");
  await t.waitFor((s) => s.includes("› To whom: Acme"), "the target field");
  t.keys("Down");
  await t.waitFor((s) => s.includes("› Date: March 14, 2024"), "the date field");
  t.keys("Enter");
  await t.waitFor((s) => s.includes("Date: March 14, 2024\n    ▏"), "the date editor");
}

async function run(t: TmuxTerminal, command: string): Promise<void> {
  await t.waitFor((s) => /READY\$\s*$/.test(s), "the shell prompt");
  t.type(command);
  t.keys("Enter");
}

describe.skipIf(!HAS_TMUX)("newsquiz triage in a real terminal (tmux)", () => {
  it("accept, reject, edit a date, undo, leave and come back: the decisions are kept", async () => {
    const { cwd, file } = triageProject();
    const t = terminal(cwd);
    await run(t, `node '${CLI}' triage greve --lang en`);
    await t.waitFor((s) => s.includes("Fact 1 of 5 to review · Event"), "the first fact");
    expect(t.screen()).toContain("On Friday, March 15, 2024, Acme fired Paul Roux.");
    t.keys("a");
    await t.waitFor((s) => s.includes("1 / 5 reviewed · 1 accepted · 0 rejected"), "the accept");
    t.keys("x");
    await t.waitFor((s) => s.includes("2 / 5 reviewed · 1 accepted · 1 rejected"), "the reject");
    // The strike is dated Thursday the 14th; it was Wednesday the 13th.
    await t.waitFor((s) => s.includes("les salariés d'Acme went on strike"), "the strike");
    t.keys("e");
    await t.waitFor((s) => s.includes("› Who acted: les salariés d'Acme"), "the edit form");
    await openDateField(t);
    t.type("March 13, 2024");
    t.keys("Enter");
    await t.waitFor(
      (s) => s.includes("On Wednesday, March 13, 2024, les salariés d'Acme went on strike"),
      "the corrected sentence",
    );
    t.keys("Enter");
    await t.waitFor((s) => s.includes("· 1 edited"), "the edit saved");
    // Undo takes the edit back: the strike is shown again as it was read.
    t.keys("u");
    await t.waitFor(
      (s) => s.includes("↶ Undone") && s.includes("2 / 5 reviewed · 1 accepted · 1 rejected\n"),
      "the undo",
    );
    expect(t.screen()).toContain("Date: Thursday, March 14, 2024");
    t.keys("e");
    await t.waitFor((s) => s.includes("› Who acted: les salariés d'Acme"), "the edit form again");
    await openDateField(t);
    t.type("2024-03-13");
    t.keys("Enter");
    await t.waitFor((s) => s.includes("› ✓ Save the correction"), "the save row");
    t.keys("Enter");
    await t.waitFor(
      (s) => s.includes("3 / 5 reviewed · 1 accepted · 1 rejected · 1 edited"),
      "the edit",
    );
    t.keys("q");
    const left = await t.waitFor((s) => /READY\$\s*$/.test(s), "the shell after leaving");
    // The shell wraps the line at 80 columns.
    expect(left.replace(/\n/g, "")).toContain(
      "Decisions saved in questions/greve/pack.yaml. 3 / 5 reviewed · 1 accepted · 1 rejected · 1 edited",
    );
    const text = readFileSync(file, "utf8");
    expect(text).toContain("    date: 2024-03-13\n    sources: [gazette]\n    evidence: Jeudi");
    expect(text).toContain("# A comment the review must keep.");

    // Back again: the decisions are there, and the review goes on with what is left.
    t.type(`node '${CLI}' triage greve --lang en`);
    t.keys("Enter");
    const back = await t.waitFor((s) => s.includes("Fact 1 of 2 to review"), "the review again");
    expect(back).toContain("3 / 5 reviewed · 1 accepted · 1 rejected · 1 edited");
    expect(back).toContain("“le nombre de grévistes” is more than 300 of 450 salariés.");
    t.keys("q");
    await t.waitFor((s) => /READY\$\s*$/.test(s), "the shell again");
  });

  it("fits 40 columns in French without colour: the words read are in reverse video", async () => {
    const { cwd } = triageProject();
    const t = terminal(cwd, 40, 24, { NO_COLOR: "1" });
    await run(t, `node '${CLI}' triage greve`);
    const screen = await t.waitFor((s) => s.includes("Fait 1 sur 5 à revoir"), "the first fact");
    expect(screen.split("\n").every((row) => [...row].length <= 40)).toBe(true);
    expect(screen).toContain("0 / 5 examinés · 0 accepté · 0 rejeté");
    expect(screen).toContain("Le vendredi 15 mars 2024, Acme a évincé\nPaul Roux.");
    const styled = t.styledScreen();
    // Reverse video marks the words; no colour is drawn at all.
    expect(styled).toMatch(/\u001b\[7mPaul Roux/);
    expect(styled).not.toMatch(/\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;)/);
    t.keys("?");
    await t.waitFor((s) => s.includes("Touches de la revue"), "the help");
    t.keys("Escape");
    await t.waitFor((s) => s.includes("Fait 1 sur 5 à revoir"), "the fact again");
    t.keys("a");
    await t.waitFor((s) => s.includes("1 / 5 examinés · 1 accepté"), "the accept");
    t.keys("q");
    await t.waitFor((s) => s.includes("Décisions enregistrées"), "the saved line");
  });

  it("add at a terminal offers the review of what it read, and opens it", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-triage-e2e-"));
    mkdirSync(join(cwd, "questions"));
    writeFileSync(join(cwd, "greve.txt"), TRIAGE_ARTICLE);
    const t = terminal(cwd);
    await run(t, `node '${CLI}' add greve.txt --pack acme`);
    const asked = await t.waitFor((s) => s.includes("review now? [Y/n]"), "the offer");
    expect(asked).toMatch(/\n\d+ facts to review — review now\? \[Y\/n\]/);
    t.keys("Enter");
    await t.waitFor((s) => s.includes("Fait 1 sur"), "the review");
    t.keys("a");
    await t.waitFor((s) => s.includes("1 accepté"), "the accept");
    t.keys("q");
    await t.waitFor((s) => /READY\$\s*$/.test(s), "the shell");
    expect(readFileSync(join(cwd, "questions", "acme", "pack.yaml"), "utf8")).toContain(
      "review: accepted",
    );
  });
});
