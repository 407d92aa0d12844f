import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../src/core/quiz/answer-record.js";
import { answer, flag } from "../helpers/answers.js";
import { homeWithLog } from "../helpers/progress-log.js";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

const o = (fields: Partial<AnswerRecord> & Pick<AnswerRecord, "at">) =>
  answer({ pack: "openai-2023-11", ...fields });
// Questions of the built-in pack, with the facts they test.
const nadella: Partial<AnswerRecord> = {
  question: "reseau-annonce-nadella",
  kind: "who",
  facts: ["embauche-altman"],
};
const staff: Partial<AnswerRecord> = {
  question: "effectif-selon-macgeneration",
  kind: "how-many",
  type: "numeric",
  facts: ["effectif-700"],
};
const shear: Partial<AnswerRecord> = {
  question: "plateforme-shear",
  kind: "who",
  type: "short",
  facts: ["emmett-shear"],
};

const log = [
  o({ ...nadella, at: "2024-03-01T09:00:00.000Z", session: "s1" }),
  o({ ...staff, at: "2024-03-01T09:01:00.000Z", session: "s1", correct: false }),
  o({ ...shear, at: "2024-03-01T09:02:00.000Z", session: "s1", correct: false }),
  o({ ...staff, at: "2024-03-02T09:00:00.000Z", session: "s2" }),
  o({ ...shear, at: "2024-03-02T09:01:00.000Z", session: "s2", correct: false }),
  // A pack that is gone, whose ids carry terminal escapes.
  answer({
    pack: "gone\u001b[31m",
    question: "q\u0007x",
    facts: [],
    at: "2024-03-02T10:00:00.000Z",
    session: "z",
    correct: false,
  }),
];
const flags = [
  flag({
    pack: "openai-2023-11",
    question: "plateforme-shear",
    reason: "unclear",
    at: "2024-03-02T09:02:00.000Z",
  }),
];
const env = { TZ: "UTC", COLUMNS: "40", NO_COLOR: "1" };

describe("newsquiz stats", () => {
  it("draws the history at 40 columns, in plain characters", async () => {
    const { home, dir } = homeWithLog(log, flags);
    const result = await runCommand(["stats"], { env: { ...env, NEWSQUIZ_HOME: home } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "6 answers · 3 sessions · 2 packs",
        "Right: 33% · Due now: 3",
        "",
        "gone",
        "  1 answer · 1 session",
        "  Right: 0% · Due now: 1",
        "  Last score: 0/1 (2024-03-02)",
        "  Accuracy by day",
        "    2024-03-02 ..............    0%  0/1",
        "  Weakest kinds of question",
        "    who    0%  0/1",
        "  Weakest facts",
        "      0/1  qx",
        "",
        "openai-2023-11 · OpenAI : la crise de n…",
        "  5 answers · 2 sessions",
        // The flagged question's misses do not count: Emmett Shear is not scheduled.
        "  Right: 40% · Due now: 2",
        "  Last score: 1/2 (2024-03-02)",
        "  Accuracy by day",
        "    2024-03-01 #####.........   33%  1/3",
        "    2024-03-02 #######.......   50%  1/2",
        "  Weakest kinds of question",
        "    who        33%  1/3",
        "    how many   50%  1/2",
        "  Weakest facts",
        "      0/2  Emmett Shear",
        "      1/2  le nombre total d'employés d…",
        "  Flagged questions",
        "    2024-03-02 unclear: plateforme-shear",
        "",
        `Progress is kept in ${dir}`,
        "",
      ].join("\n"),
    );
  });

  it("speaks French when asked, or when the locale is French", async () => {
    const { home } = homeWithLog(log.slice(0, 5));
    const asked = await runCommand(["stats", "--lang", "fr"], {
      env: { ...env, NEWSQUIZ_HOME: home },
    });
    const locale = await runCommand(["stats"], {
      env: { ...env, NEWSQUIZ_HOME: home, LANG: "fr_FR.UTF-8" },
    });
    expect(asked.stdout).toBe(locale.stdout);
    expect(asked.stdout.split("\n").slice(0, 2)).toEqual([
      "5 réponses · 2 séances · 1 paquet",
      "Réussite : 40\u00a0% · À revoir : 3",
    ]);
    expect(asked.stdout).toContain("\n    2024-03-01 #####.........  33\u00a0%  1/3\n");
  });

  it("prints the figures as JSON: answers overall and per pack", async () => {
    const { home } = homeWithLog(log, flags);
    const result = await runCommand(["stats", "--json"], { env: { ...env, NEWSQUIZ_HOME: home } });
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect([stats.answers, stats.correct, stats.sessions, stats.due]).toEqual([6, 2, 3, 3]);
    expect(Object.keys(stats.packs)).toEqual(["gone\u001b[31m", "openai-2023-11"]);
    expect(stats.packs["openai-2023-11"]).toMatchObject({
      answers: 5,
      correct: 2,
      accuracy: 0.4,
      sessions: 2,
      due: 2,
      lastScore: { score: 1, total: 2, at: "2024-03-02T09:01:00.000Z" },
      days: [
        { date: "2024-03-01", answers: 3, correct: 1, accuracy: 0.3333 },
        { date: "2024-03-02", answers: 2, correct: 1, accuracy: 0.5 },
      ],
      leeches: [],
    });
  });

  it("says when nothing is recorded yet", async () => {
    const home = tempHome();
    const result = await runCommand(["stats"], { env: { ...env, NEWSQUIZ_HOME: home } });
    expect(result).toEqual({
      code: 0,
      stdout: `No answers recorded yet.\nPlay a quiz: node dist/cli.js play\n\nProgress is kept in ${join(home, "progress")}\n`,
      stderr: "",
    });
    expect(
      JSON.parse((await runCommand(["stats", "--json"], { env: { NEWSQUIZ_HOME: home } })).stdout),
    ).toEqual({
      answers: 0,
      correct: 0,
      accuracy: 0,
      sessions: 0,
      due: 0,
      packs: {},
    });
  });

  it("reports a last line cut short once, and counts the rest", async () => {
    const { home, dir } = homeWithLog(log.slice(0, 5));
    writeFileSync(join(dir, "answers.jsonl"), '{"v":1,"pack":"openai-2023-11","que', { flag: "a" });
    const first = await runCommand(["stats", "--json"], { env: { NEWSQUIZ_HOME: home } });
    expect(first.stderr).toBe(
      `newsquiz: ${join(dir, "answers.jsonl")}: line 6 was cut short (a run stopped while writing it) and is skipped; 5 answers are kept; the skipped text is in skipped.jsonl\n`,
    );
    expect(JSON.parse(first.stdout).answers).toBe(5);
    const second = await runCommand(["stats", "--json"], { env: { NEWSQUIZ_HOME: home } });
    expect(second.stderr).toBe("");
    expect(JSON.parse(second.stdout).answers).toBe(5);
  });

  it("gives one line and goes on when the progress folder cannot be read", async () => {
    const notAFolder = join(tempHome(), "file");
    writeFileSync(notAFolder, "");
    const result = await runCommand(["stats", "--json"], { env: { NEWSQUIZ_HOME: notAFolder } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `newsquiz: cannot read progress in ${join(notAFolder, "progress")} (part of the path is not a folder, ENOTDIR); going on without it\n`,
    );
    expect(JSON.parse(result.stdout).answers).toBe(0);
  });
});
