import { describe, expect, it } from "vitest";
import { runCli, tempHome } from "../helpers/run-cli.js";

describe("a mistyped command", () => {
  it("is named, with the command it most likely meant, and exits 2", () => {
    expect(runCli(["paly"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: unknown command 'paly' (did you mean play?)\n",
    });
    const far = runCli(["xyzzy"]);
    expect([far.code, far.stderr]).toEqual([
      2,
      "newsquiz: unknown command 'xyzzy'; expected one of: facts, add, triage, summary, questions, lint, play, import, export, new, stats, review, config\n",
    ]);
  });
});

describe("the interface's language", () => {
  it("is one setting for every message: --lang, else newsquiz config lang, else the environment", () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, LANG: "C.UTF-8" };
    expect(runCli(["config", "lang"], { env }).stdout).toBe(
      "lang: en (the default; newsquiz config lang fr for French)\n",
    );
    // The environment: LANGUAGE first, then LC_ALL, LC_MESSAGES, LANG.
    const french = { ...env, LANGUAGE: "fr:en" };
    expect(runCli(["paly"], { env: french }).stderr).toBe(
      "newsquiz: commande inconnue « paly » (vouliez-vous dire play ?)\n",
    );
    expect(runCli(["facts", "--bogus", "x"], { env: { ...env, LANG: "fr_FR.UTF-8" } })).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: option inconnue « --bogus »\n",
    });
    // Saved, it outlives the run and wins over the environment; --lang wins over it.
    expect(runCli(["config", "lang", "fr"], { env }).stdout).toBe("lang: fr (votre réglage)\n");
    expect(runCli(["stats"], { env }).stdout).toContain(
      "Aucune réponse enregistrée pour l'instant.\nLancez un quiz : node dist/cli.js play\n",
    );
    expect(runCli(["stats", "--lang", "en"], { env }).stdout).toContain("No answers recorded yet.");
    const help = runCli(["play", "--help"], { env }).stdout;
    expect(help).toContain("Utilisation : newsquiz play [options] [pack]");
    expect(help).toContain("reprendre le quiz laissé inachevé");
    expect(help).toContain("Exemples :");
    // The quiz's own text follows it too; the questions stay in the pack's language.
    const quiz = runCli(
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
    expect(runCli(["config", "lang", "auto"], { env: french }).stdout).toBe(
      "lang: fr (d'après l'environnement : LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)\n",
    );
    expect(runCli(["stats"], { env }).stdout).toContain(
      "1 answer · 1 session · 1 pack\nRight: 100%",
    );
  });

  it("refuses a setting or a value it does not know, with exit 2", () => {
    const env = { NEWSQUIZ_HOME: tempHome() };
    expect(runCli(["config", "lnag", "fr"], { env })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'newsquiz: unknown setting "lnag"; did you mean "lang"?\n',
    });
    expect(runCli(["config", "lang", "de"], { env }).stderr).toBe(
      'newsquiz: lang: "de" is not a language newsquiz speaks; expected fr, en or auto\n',
    );
  });
});

describe("counted words", () => {
  it("follow each language's plural rules, never « (s) »", () => {
    expect(runCli(["lint", "tests/fixtures/broken-packs/duplicate-id"]).stderr).toMatch(
      /\n1 error in 1 pack\n$/,
    );
    const one = runCli(["play", "tests/fixtures/packs/every-type", "--count", "1", "--seed", "7"], {
      input: "4\n",
      env: { LANGUAGE: "fr", NEWSQUIZ_NOW: "2024-01-01T12:00:00Z" },
    });
    expect(one.stdout).toContain("Un quiz de chaque type · 1 question\n");
    expect(one.stdout).toContain("Score : 1/1 (100\u00a0%) · 1 question en 0 s");
    // Two sources, then one: « Sources », « Source ».
    expect(one.stdout).toContain("Sources : l'article du 20 novembre 2023, FredZone\n");
    const four = runCli(
      ["play", "tests/fixtures/packs/every-type", "--count", "4", "--seed", "7"],
      {
        input: "4\n1,3,5\nv\n700\n",
        env: { LANGUAGE: "fr" },
      },
    );
    expect(four.stdout).toContain("\nSource : MacGeneration\n");
  });
});
