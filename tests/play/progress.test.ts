import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "../../src/io/packs.js";
import { ROOT, tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// What a quiz leaves in the progress store, read back from its files and from `stats`. The
// built-in pack with seed 7, in English, asks the English hand-written question on Nadella's post
// (X is choice 1), then who fired Altman (the board is choice 3), then who was interim chief
// executive after Murati (Emmett Shear is choice 4).
const NOW = "2024-03-01T09:00:00.000Z";
const lines = (home: string, file: string) =>
  readFileSync(join(home, "progress", file), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("a quiz's progress", () => {
  it("records each answer with the pack's hash, the facts, the certainty and one session; flags; the score", async () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: NOW };
    const play = await runCommand(
      ["play", "openai-2023-11", "--count", "3", "--seed", "7", "--certainty", "--lang", "en"],
      { input: "1\n3\n:flag unclear\n4\n1\n", env },
    );
    expect([play.code, play.stderr]).toEqual([0, ""]);
    expect(play.stdout).toContain("Score: 2/2 (100%) · 3 questions in 0 s");
    const { hash } = loadPack("openai-2023-11", ROOT, {});
    const answers = lines(home, "answers.jsonl");
    const session = answers[0].session;
    expect(answers).toEqual([
      {
        v: 1,
        pack: "openai-2023-11",
        packHash: hash,
        question: "reseau-annonce-nadella-en",
        kind: "written",
        type: "single",
        facts: ["embauche-altman"],
        correct: true,
        score: 1,
        at: NOW,
        ms: 0,
        session,
        certainty: "high",
      },
      {
        v: 1,
        pack: "openai-2023-11",
        packHash: hash,
        question: "shear-interim.whom.next",
        kind: "whom",
        type: "single",
        facts: ["shear-interim", "murati-interim"],
        correct: true,
        score: 1,
        at: NOW,
        ms: 0,
        session,
        certainty: "low",
      },
    ]);
    expect(lines(home, "flags.jsonl")).toEqual([
      {
        v: 1,
        pack: "openai-2023-11",
        packHash: hash,
        question: "eviction-altman.who",
        reason: "unclear",
        at: NOW,
      },
    ]);
    // Three questions asked, one flagged: 2 out of 2.
    expect(lines(home, "sessions.jsonl")).toEqual([
      {
        v: 1,
        pack: "openai-2023-11",
        packHash: hash,
        session,
        score: 2,
        total: 2,
        asked: 3,
        at: NOW,
      },
    ]);

    const stats = JSON.parse((await runCommand(["stats", "--json"], { env })).stdout);
    expect(stats.packs["openai-2023-11"]).toMatchObject({
      answers: 2,
      sessions: 1,
      lastScore: { score: 2, total: 2, at: NOW },
      // Both facts were just answered right: nothing is due at this instant.
      due: 0,
      flagged: [{ question: "eviction-altman.who", reason: "unclear", at: NOW, packHash: hash }],
    });

    // The flagged question is not asked again in this version of the pack.
    const again = await runCommand(["play", "openai-2023-11", "--count", "2", "--seed", "7"], {
      input: "\n\n",
      env,
    });
    expect(again.stdout).not.toContain("qui a évincé Sam Altman");
    // Nor are the two just answered right: a new quiz asks facts never asked.
    expect(again.stdout).not.toContain("après Mira Murati");
    expect(again.stdout).toContain(
      "Question 1/2\nQui a embauché Greg Brockman le lundi 20 novembre 2023 ?",
    );
  });

  it("asks for certainty when the reader's setting says so, unless --no-certainty", async () => {
    const home = tempHome();
    mkdirSync(join(home, "progress"));
    writeFileSync(join(home, "progress", "settings.json"), '{"v":1,"certainty":true}\n');
    const env = { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: NOW };
    const args = ["play", "openai-2023-11", "--count", "1", "--seed", "7", "--lang", "en"];
    const setting = await runCommand(args, { input: "1\n2\n", env });
    expect(setting.stdout).toContain(
      "Answer (1-4): 1\nCertainty (1 low, 2 medium, 3 high): 2\n✓ Right",
    );
    // The question just answered right is not asked again at once: the next one is.
    const off = await runCommand([...args, "--no-certainty"], { input: "3\n", env });
    expect(off.stdout).toContain("Answer (1-3): 3\n✓ Right");
    expect(off.stdout).not.toContain("Certainty");
  });

  it("records a skipped question as a miss: in the log, in the weakest facts, due again soon", async () => {
    const home = tempHome();
    const env = { NEWSQUIZ_HOME: home, NEWSQUIZ_NOW: NOW };
    // Nadella's post skipped with an empty line, then who fired Altman answered right.
    const play = await runCommand(
      ["play", "openai-2023-11", "--count", "2", "--seed", "7", "--lang", "en"],
      {
        input: "\n3\n",
        env,
      },
    );
    expect(play.stdout).toContain("→ Skipped");
    const answers = lines(home, "answers.jsonl");
    expect(answers.map((a) => [a.question, a.correct, a.score, a.skipped])).toEqual([
      ["reseau-annonce-nadella-en", false, 0, true],
      ["eviction-altman.who", true, 1, undefined],
    ]);
    const stats = await runCommand(["stats", "--lang", "en"], { env });
    expect(stats.stdout).toContain("  Weakest facts\n      0/1  Microsoft → Sam Altman");
    // A miss comes back in 10 minutes, as a wrong answer does.
    const later = { ...env, NEWSQUIZ_NOW: "2024-03-01T09:11:00.000Z" };
    const review = JSON.parse((await runCommand(["review", "--json"], { env: later })).stdout);
    expect(
      review.questions.flatMap((q: { items: { fact?: string }[] }) => q.items.map((i) => i.fact)),
    ).toEqual(["embauche-altman"]);
  });
});
