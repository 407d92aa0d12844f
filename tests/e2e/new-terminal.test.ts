import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../helpers/run-cli.js";
import { HAS_TMUX, TmuxTerminal } from "../helpers/tmux.js";

// `newsquiz new` in a real terminal (tmux), with @inquirer/prompts reading the keys: the one
// test of the prompt adapter itself; the flow's every branch is tested with a scripted prompter.
if (!HAS_TMUX) console.warn("skipped: tmux is not installed");

let t: TmuxTerminal | undefined;
/** Waits until the screen shows `text` (polling; no duration is asserted). */
const waitFor = (text: string) => t!.waitFor((s) => s.includes(text), `"${text}"`);
const keys = (...k: string[]) => t!.keys(...k);
const screen = () => t!.screen().join("\n");

afterEach(() => {
  t?.kill();
  t = undefined;
});

describe.skipIf(!HAS_TMUX)("newsquiz new in a terminal", () => {
  it("asks, refuses a bad value with its reason, and saves the pack", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsquiz-tty-"));
    mkdirSync(join(dir, "questions"));
    t = new TmuxTerminal(
      `cd '${dir}' && NEWSQUIZ_HOME='${dir}/home' '${process.execPath}' '${CLI}' new; echo EXIT=$?`,
      100,
      40,
    );
    await waitFor("Pack id");
    keys("Bad Id", "Enter");
    await waitFor("expected an id of lowercase letters");
    keys("C-u");
    keys("mon-pack", "Enter");
    await waitFor("? Title");
    keys("Mon pack", "Enter");
    await waitFor("Language of the pack");
    keys("Enter");
    await waitFor("Description");
    keys("Enter");
    await waitFor("nothing more: see it all, then save");
    keys("Down", "Down", "Down", "Down", "Down", "Enter");
    await waitFor("Type of question");
    keys("Enter");
    await waitFor("The question");
    keys("Qui ?", "Enter");
    await waitFor("Choice 1");
    keys("Lui", "Enter");
    await waitFor("Choice 2");
    keys("Elle", "Enter");
    await waitFor("Choice 3 (empty to finish)");
    keys("Enter");
    await waitFor("Number of the right choice");
    keys("Enter");
    await waitFor("expected exactly one choice marked correct: true");
    keys("2", "Enter");
    await waitFor("Explanation shown");
    keys("Enter");
    // The pack has no source yet: nothing to pick, so the id comes next.
    await waitFor("? Id");
    keys("Enter");
    await waitFor("✔ Id qui");
    await waitFor("nothing more: see it all, then save");
    keys("Down", "Down", "Down", "Down", "Down", "Down", "Down", "Enter");
    await waitFor("? Save it?");
    expect(screen()).toContain("1 question:\n  qui · single · Qui ?");
    keys("Enter");
    await waitFor("EXIT=0");
    expect(screen()).toContain("saved questions/mon-pack/pack.yaml (1 question)");
    expect(readFileSync(join(dir, "questions", "mon-pack", "pack.yaml"), "utf8")).toBe(
      `# yaml-language-server: $schema=${pathToFileURL(join(ROOT, "questions", "pack.schema.json")).href}
id: mon-pack
title: Mon pack
language: fr
questions:
  - id: qui
    type: single
    prompt: Qui ?
    choices:
      - text: Lui
      - text: Elle
        correct: true
`,
    );
  }, 60_000);

  it("says inquirer's key hints in the interface language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsquiz-tty-"));
    mkdirSync(join(dir, "questions"));
    t = new TmuxTerminal(
      `cd '${dir}' && LANGUAGE=fr NEWSQUIZ_HOME='${dir}/home' '${process.execPath}' '${CLI}' new; echo EXIT=$?`,
      100,
      40,
    );
    await waitFor("Id du paquet");
    keys("mon-pack", "Enter");
    await waitFor("? Titre");
    keys("Mon pack", "Enter");
    await waitFor("Langue du paquet");
    expect(screen()).toContain("↑↓ naviguer • ⏎ choisir");
    expect(screen()).not.toContain("navigate");
  });
});
