import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// Line mode is what scripts and screen readers get: its output is pinned line for line.
// NEWSQUIZ_NOW stops the clock so that the time taken reads "0 s"; LANGUAGE=fr makes the
// interface French (the questions are in the pack's language either way).
const env = { NEWSQUIZ_NOW: "2024-01-01T12:00:00Z", LANGUAGE: "fr", TZ: "UTC" };
const play = (input: string, ...args: string[]) =>
  runCommand(["play", "openai-2023-11", ...args], { input, env });

// The documented example plays the built-in pack: its best-ranked questions for seed 7, the
// pack's hand-written question on Nadella's post first, then who fired Altman and who came
// after Murati.
const ISSUE_EXAMPLE = [
  "OpenAI : la crise de novembre 2023 · 3 questions",
  "Entrée vide : passer · :flag (ou :flag wrong) : signaler la question · :quit : finir",
  "",
  "Question 1/3",
  "Sur quel réseau social Satya Nadella a-t-il annoncé l'arrivée de Sam Altman chez Microsoft ?",
  "  1. Facebook",
  "  2. Threads",
  "  3. LinkedIn",
  "  4. X (ex-Twitter)",
  "Réponse (1-4) : 2",
  "✗ Faux",
  "La bonne réponse : X (ex-Twitter)",
  "Satya Nadella l'a écrit sur X, l'ancien Twitter, le lundi 20 novembre 2023.",
  "Sources : l'article du 20 novembre 2023, FredZone",
  "",
  "Question 2/3",
  "Parmi ces propositions, qui a évincé Sam Altman de son poste de PDG d'OpenAI le vendredi 17 novembre 2023 ?",
  "  1. Microsoft",
  "  2. Thrive Capital",
  "  3. Le conseil d'administration d'OpenAI",
  "Réponse (1-3) : 1",
  "✗ Faux",
];

// Every type is played on a fixture pack of one hand-written question per type, asked in the
// author's order, its English ones in English. Seed 7 shows X as choice 4 in French (1 in
// English) and Madry, Sidor, Pachocki as 1, 3 and 5 (Sidor, Pachocki, Madry as 1, 3, 4).
const EVERY_TYPE = "tests/fixtures/packs/every-type";
const playEvery = (input: string, ...args: string[]) =>
  runCommand(["play", EVERY_TYPE, ...args], { input, env });

describe("newsquiz play in line mode", () => {
  it("plays the documented example: printf '2\\n1\\n4\\n' | newsquiz play openai-2023-11 --count 3 --seed 7", async () => {
    const result = await play("2\n1\n4\n", "--count", "3", "--seed", "7");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, ISSUE_EXAMPLE.length)).toEqual(ISSUE_EXAMPLE);
    expect(lines.slice(lines.indexOf("Question 3/3"))).toEqual([
      "Question 3/3",
      "Qui a été nommé PDG par intérim d'OpenAI après Mira Murati ?",
      "  1. Greg Brockman",
      "  2. Jakub Pachocki",
      "  3. Ilya Sutskever",
      "  4. Emmett Shear",
      "Réponse (1-4) : 4",
      "✓ Juste",
      "Mira Murati a été nommée PDG par intérim d'OpenAI le vendredi 17 novembre 2023 ; Emmett Shear a succédé à Mira Murati le lundi 20 novembre 2023.",
      "Sources : « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft », l'article du 20 novembre 2023, FredZone, MacGeneration",
      "",
      "Score : 1/3 (33\u00a0%) · 3 questions en 0 s",
      "Par type de question :",
      "  Choix unique : 0/1 (0\u00a0%)",
      "  Qui : 0/1 (0\u00a0%)",
      "  À qui : 1/1 (100\u00a0%)",
      "À revoir :",
      "  1. Sur quel réseau social Satya Nadella a-t-il annoncé l'arrivée de Sam Altman chez Microsoft ?",
      "     Votre réponse : Threads",
      "     La bonne réponse : X (ex-Twitter)",
      "     Satya Nadella l'a écrit sur X, l'ancien Twitter, le lundi 20 novembre 2023.",
      "  2. Parmi ces propositions, qui a évincé Sam Altman de son poste de PDG d'OpenAI le vendredi 17 novembre 2023 ?",
      "     Votre réponse : Microsoft",
      "     La bonne réponse : Le conseil d'administration d'OpenAI",
      "     Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI. Le vendredi 17 novembre 2023, Ilya Sutskever a mené au sein du conseil d'administration l'éviction de Sam Altman.",
      "",
      // When to come back: the misses are due again ten minutes later.
      "Prochaine révision : 2024-01-01 12:10.",
      "",
    ]);
  });

  it("answers a line that fits no choice with what was expected, and ends cleanly at the end of the input", async () => {
    const result = await playEvery("5\n1\n", "--count", "3", "--seed", "7");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        "Réponse (1-4) : 5",
        "Réponse non comprise : un numéro de 1 à 4 était attendu.",
        "Réponse (1-4) : 1",
        "✗ Faux",
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      [
        "Réponses (numéros séparés par des virgules, ex. 1,3) : ",
        "",
        "Quiz arrêté : score des questions posées.",
        "",
        // The two questions shown count, the one left unanswered as missed; the third, never
        // shown, does not.
        "Score : 0/2 (0\u00a0%) · 2 questions en 0 s",
      ].join("\n"),
    );
  });

  it("keeps no score when the input ends before any answer, and says so", async () => {
    const home = tempHome();
    const first = await runCommand(["play", "openai-2023-11", "--count", "1", "--seed", "7"], {
      input: "4\n",
      env: { ...env, NEWSQUIZ_HOME: home },
    });
    expect(first.stdout).toContain("Score : 1/1");
    // newsquiz < /dev/null: the quiz ends before its first answer.
    const empty = await runCommand(["play", "openai-2023-11", "--count", "1", "--seed", "7"], {
      input: "",
      env: { ...env, NEWSQUIZ_HOME: home },
    });
    expect(empty.stdout).toMatch(
      /Réponse \(1-\d\) : \n\nAucune question répondue : pas de score, et le dernier score du paquet reste le même\.\n/,
    );
    expect(empty.stdout).not.toContain("Score :");
    const stats = JSON.parse(
      (await runCommand(["stats", "--json"], { env: { ...env, NEWSQUIZ_HOME: home } })).stdout,
    );
    expect(stats.packs["openai-2023-11"].lastScore).toMatchObject({ score: 1, total: 1 });
  });

  it("plays every type in English, with partial credit where the answers deserve it", async () => {
    const answers = ["1", "1,3,4", "t", "710", "twich", "2 3 4 1", "1 4 3 2 5"].join("\n");
    const result = await playEvery(`${answers}\n`, "--seed", "7", "--lang", "en");
    expect(result.code).toBe(0);
    const tail = result.stdout.slice(result.stdout.indexOf("Score:")).split("\n");
    expect(tail).toEqual([
      "Score: 6.75/7 (96%) · 7 questions in 0 s",
      "By kind of question:",
      "  Single choice: 1/1 (100%)",
      "  Multiple answers: 1/1 (100%)",
      "  True or false: 1/1 (100%)",
      "  How many: 1/1 (100%)",
      "  Short answer: 1/1 (100%)",
      "  Matching: 1/1 (100%)",
      "  Order: 0.75/1 (75%)",
      "To review:",
      "  7. Put these steps in OpenAI's history in chronological order.",
      "     Your answer: the partnership with Microsoft begins → Elon Musk distances himself → Microsoft invests one billion dollars → ChatGPT is launched → OpenAI is founded",
      "     The right answer:",
      "       1. OpenAI is founded",
      "       2. the partnership with Microsoft begins",
      "       3. Elon Musk distances himself",
      "       4. Microsoft invests one billion dollars",
      "       5. ChatGPT is launched",
      "     2015, 2016, 2018, 2019, then November 30, 2022.",
      "",
      "Next review: 2024-01-01 12:10.",
      "",
    ]);
  });

  it("skips on an empty line (and shows the answer), flags with :flag, stops at :quit", async () => {
    const result = await playEvery("\n:flag wrong\n:quit\n", "--count", "3", "--seed", "7");
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain(
      "Réponse (1-4) : \n→ Passée\nLa bonne réponse : X (ex-Twitter)\nSatya Nadella l'a écrit",
    );
    expect(out).toContain(
      ": :flag wrong\n⚑ Signalée : elle ne sera plus posée tant que le paquet ne change pas\n",
    );
    expect(out).toContain("Réponse (1-2) : :quit\n\nQuiz arrêté : score des questions posées.\n");
    expect(out).toContain("Score : 0/2 (0\u00a0%)");
  });

  it("says the seed it picked when none is given, on stderr", async () => {
    const result = await play("", "--count", "1");
    // 2024-01-01T12:00:00Z is 1704110400 s; the seed is its last six digits.
    expect(result.stderr).toBe("newsquiz: graine 110400 (pour refaire ce quiz : --seed 110400)\n");
    expect(result.stdout).toContain("Question 1/1\n");
  });

  it("asks certainty after each answer with --certainty and sums Moodle's marks", async () => {
    const result = await playEvery(
      "1\n3\n2\nh\n",
      "--count",
      "2",
      "--seed",
      "7",
      "--certainty",
      "--lang",
      "en",
    );
    const out = result.stdout;
    // Each answer says its certainty and its mark.
    expect(out).toContain(
      "Certainty (1 low, 2 medium, 3 high): 3\n✓ Right\nCertainty high · mark +3\n",
    );
    expect(out).toContain("Score: 1/2 (50%)");
    expect(out).toContain(
      [
        "Certainty (Moodle marking: right 1/2/3, wrong 0/-2/-6)",
        "  Certainty mark: -3 (-1.5 per question)",
        "  high: 2 answers, 50% right · too few answers to judge (5 needed)",
      ].join("\n"),
    );
  });

  it("refuses bad options with one line and exit 2", async () => {
    expect((await runCommand(["play", "--count", "0"])).stderr).toBe(
      "newsquiz: option '--count <n>' argument '0' is invalid. expected a whole number from 1\n",
    );
    const lang = await runCommand(["play", "--lang", "de"]);
    expect([lang.code, lang.stderr]).toEqual([
      2,
      "newsquiz: option '--lang <lang>' argument 'de' is invalid. Allowed choices are fr, en.\n",
    ]);
    const missing = await runCommand(["play", "nope"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^newsquiz: no pack named "nope"/);
  });
});
