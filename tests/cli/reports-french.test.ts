import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// What import, lint and export say they did follows the interface's language too (the English
// lines are checked where each command is tested).
const FIXTURES = join(ROOT, "tests", "fixtures", "interchange");

describe("command reports in French", () => {
  it("says what import, lint and export did", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-project-"));
    mkdirSync(join(cwd, "questions"));
    const env = { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() };
    expect(await runCommand(["import", join(FIXTURES, "features.gift")], { cwd, env })).toEqual({
      code: 0,
      stdout: "11 questions importées dans questions/features/pack.yaml\n",
      stderr: "",
    });
    expect(await runCommand(["lint", "features"], { cwd, env })).toEqual({
      code: 0,
      stdout:
        "questions/features/pack.yaml : valide (événements : 0, chiffres : 0, citations : 0, questions : 11)\n",
      stderr: "",
    });
    const exported = await runCommand(
      ["export", "features", "--format", "aiken", "--output", "out.txt"],
      { cwd, env },
    );
    expect(exported.stderr.split("\n").at(-2)).toMatch(
      /^\d+ sur 11 questions exportées vers out\.txt$/,
    );
  });

  it("says what is wrong in a pack in French, each at its line and column", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-project-"));
    const env = { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() };
    const broken = join(ROOT, "tests", "fixtures", "broken-packs", "several-errors");
    const file = join(broken, "pack.yaml");
    expect(await runCommand(["facts", broken], { cwd, env })).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        `newsquiz: ${file}:2:11: language : "de" n'est pas permis ; attendu l'un de : fr, en`,
        `newsquiz: ${file}:10:11: entities[0].kind : "human" n'est pas permis ; attendu l'un de : person, organisation, group, product, place`,
        `newsquiz: ${file}:14:13: events[0].target : « brockman » n'est pas un id d'entité ; attendu l'un de : altman`,
        `newsquiz: ${file}:15:11: events[0].date : "2023-13-01" : date inexistante ; attendu une date qui existe`,
        `newsquiz: ${file}:16:15: events[0].sources[0] : « s9 » n'est pas un id de source ; vouliez-vous dire « s1 » ?`,
        "",
      ].join("\n"),
    });
  });

  it("counts a pack's errors in French", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-project-"));
    const env = { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() };
    const broken = join(ROOT, "tests", "fixtures", "broken-packs", "impossible-date");
    const result = await runCommand(["lint", broken], { cwd, env });
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").at(-2)).toBe("1 erreur dans 1 paquet");
  });
});
