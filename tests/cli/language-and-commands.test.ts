import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

describe("a mistyped command", () => {
  it("is named, with the command it most likely meant, and exits 2", async () => {
    expect(await runCommand(["paly"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: unknown command 'paly' (did you mean play?)\n",
    });
    const far = await runCommand(["xyzzy"]);
    expect([far.code, far.stderr]).toEqual([
      2,
      "newsquiz: unknown command 'xyzzy'; expected one of: facts, add, triage, summary, questions, lint, play, import, export, new, stats, review, config\n",
    ]);
  });
});

describe("the interface's language", () => {
  it("is one setting for every message: --lang, else newsquiz config lang, else the environment", async () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, LANG: "C.UTF-8" };
    expect((await runCommand(["config", "lang"], { env })).stdout).toBe(
      "lang: en (the default; newsquiz config lang fr for French)\n",
    );
    // The environment: LANGUAGE first, then LC_ALL, LC_MESSAGES, LANG.
    const french = { ...env, LANGUAGE: "fr:en" };
    expect((await runCommand(["paly"], { env: french })).stderr).toBe(
      "newsquiz: commande inconnue « paly » (vouliez-vous dire play ?)\n",
    );
    expect(
      await runCommand(["facts", "--bogus", "x"], { env: { ...env, LANG: "fr_FR.UTF-8" } }),
    ).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: option inconnue « --bogus »\n",
    });
    // Saved, it outlives the run and wins over the environment; --lang wins over it.
    expect((await runCommand(["config", "lang", "fr"], { env })).stdout).toBe(
      "lang: fr (votre réglage)\n",
    );
    expect((await runCommand(["stats"], { env })).stdout).toContain(
      "Aucune réponse enregistrée pour l'instant.\nLancez un quiz : node dist/cli.js play\n",
    );
    expect((await runCommand(["stats", "--lang", "en"], { env })).stdout).toContain(
      "No answers recorded yet.",
    );
    const help = (await runCommand(["play", "--help"], { env })).stdout;
    expect(help).toContain("Utilisation : newsquiz play [options] [pack]");
    expect(help).toContain("reprendre le quiz laissé inachevé");
    expect(help).toContain("Exemples :");
    // The quiz's own text follows it too; the questions stay in the pack's language.
    const quiz = await runCommand(
      ["play", "tests/fixtures/packs/every-type", "--count", "1", "--seed", "7"],
      {
        input: "4\n",
        env,
      },
    );
    expect(quiz.stdout).toContain(
      "Sur quel réseau social Satya Nadella a-t-il annoncé l'arrivée de Sam Altman chez Microsoft ?",
    );
    expect(quiz.stdout).toContain("Réponse (1-4) : 4\n✓ Juste");
    // auto forgets the choice: the environment's language applies again.
    expect((await runCommand(["config", "lang", "auto"], { env: french })).stdout).toBe(
      "lang: fr (d'après l'environnement : LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)\n",
    );
    expect((await runCommand(["stats"], { env })).stdout).toContain(
      "1 answer · 1 session · 1 pack\nRight: 100%",
    );
  });

  it("refuses a setting or a value it does not know, with exit 2", async () => {
    const env = { NEWSQUIZ_HOME: tempHome() };
    expect(await runCommand(["config", "lnag", "fr"], { env })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'newsquiz: unknown setting "lnag"; did you mean "lang"?\n',
    });
    expect((await runCommand(["config", "lang", "de"], { env })).stderr).toBe(
      'newsquiz: lang: "de" is not a language newsquiz speaks; expected fr, en or auto\n',
    );
  });
});

describe("counted words", () => {
  it("follow each language's plural rules, never « (s) »", async () => {
    expect((await runCommand(["lint", "tests/fixtures/broken-packs/duplicate-id"])).stderr).toMatch(
      /\n1 error in 1 pack\n$/,
    );
    const one = await runCommand(
      ["play", "tests/fixtures/packs/every-type", "--count", "1", "--seed", "7"],
      {
        input: "4\n",
        env: { LANGUAGE: "fr", NEWSQUIZ_NOW: "2024-01-01T12:00:00Z" },
      },
    );
    expect(one.stdout).toContain("Un quiz de chaque type · 1 question\n");
    expect(one.stdout).toContain("Score : 1/1 (100\u00a0%) · 1 question en 0 s");
    // Two sources, then one: « Sources », « Source ».
    expect(one.stdout).toContain("Sources : l'article du 20 novembre 2023, FredZone\n");
    const four = await runCommand(
      ["play", "tests/fixtures/packs/every-type", "--count", "4", "--seed", "7"],
      {
        input: "4\n1,3,5\nv\n700\n",
        env: { LANGUAGE: "fr" },
      },
    );
    expect(four.stdout).toContain("\nSource : MacGeneration\n");
  });
});
