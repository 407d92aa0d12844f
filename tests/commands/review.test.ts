import { describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../src/core/quiz/answer-record.js";
import { loadPack } from "../../src/io/packs.js";
import { answer, flag } from "../helpers/answers.js";
import { homeWithLog } from "../helpers/progress-log.js";
import { ROOT } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

const o = (fields: Partial<AnswerRecord> & Pick<AnswerRecord, "at">) =>
  answer({ pack: "openai-2023-11", kind: "written", ...fields });

// A first quiz on the built-in pack in the morning, then one question again in the evening.
const morning = [
  o({
    question: "reseau-annonce-nadella",
    facts: ["embauche-altman"],
    certainty: "high",
    at: "2024-03-01T09:00:00.000Z",
  }),
  o({
    question: "effectif-selon-macgeneration",
    type: "numeric",
    facts: ["effectif-700"],
    correct: false,
    at: "2024-03-01T09:01:00.000Z",
  }),
  o({
    question: "plateforme-shear",
    type: "short",
    facts: ["emmett-shear"],
    at: "2024-03-01T09:02:00.000Z",
  }),
  o({
    question: "debut-partenariat",
    type: "truefalse",
    facts: ["partenariat-2016"],
    correct: false,
    at: "2024-03-01T09:03:00.000Z",
  }),
  // A question the pack no longer has, about a fact no other question tests.
  o({
    question: "old-question",
    facts: ["eviction-altman"],
    correct: false,
    at: "2024-03-01T09:04:00.000Z",
  }),
  // A pack that is gone.
  answer({ pack: "gone", question: "q", facts: ["f"], at: "2024-03-01T09:05:00.000Z" }),
];
const evening = o({
  question: "debut-partenariat",
  type: "truefalse",
  facts: ["partenariat-2016"],
  at: "2024-03-01T18:00:00.000Z",
  session: "s2",
});
const log = [...morning, evening];
const env = { TZ: "UTC", COLUMNS: "40" };

function review(args: string[], answers = log, flags = [] as ReturnType<typeof flag>[]) {
  const { home } = homeWithLog(answers, flags);
  return runCommand(["review", ...args], { env: { ...env, NEWSQUIZ_HOME: home } });
}

/** The review as `--list` shows it. */
function list(args: string[], answers = log) {
  return review(["--list", ...args], answers);
}

describe("newsquiz review", () => {
  it("lists what is due across packs, least remembered first, each at its level", async () => {
    const result = await list(["--at", "2024-03-10"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "Due now: 5 questions, on 5 facts",
        // Missed: back to choices, asked in a wording not met yet (the typed one was missed).
        " 1. openai-2023-11 · choices",
        "    Selon MacGeneration, quel est le",
        "    nombre total d'employés d'OpenAI\u00a0?",
        "    due since 2024-03-01 · effectif-700",
        // Its question is gone from the pack, but the generator asks about the fact.
        " 2. openai-2023-11 · choices",
        "    Parmi ces propositions, qui a évincé",
        "    Sam Altman de son poste de PDG",
        "    d'OpenAI le vendredi 17 novembre",
        "    2023\u00a0?",
        "    due since 2024-03-01 · eviction-alt…",
        // Asked by the hand-written true-or-false question last time: now by the generated one.
        " 3. openai-2023-11 · choices",
        "    Vrai ou faux\u00a0? En 2016, Microsoft a",
        "    conclu avec OpenAI un partenariat",
        "    qui donne à OpenAI accès à ses",
        "    supercalculateurs.",
        "    due since 2024-03-02 · partenariat-…",
        // Right once: still at choices; the typed question waits for a month's stability.
        " 4. openai-2023-11 · choices",
        "    Qui est un cofondateur et ancien PDG",
        "    de Twitch\u00a0?",
        "    due since 2024-03-03 · emmett-shear",
        // Right and sure: a week's stability, so hard distractors (dates a few days apart).
        " 5. openai-2023-11 · hard choices",
        "    Quel jour Microsoft a-t-elle",
        "    embauché Sam Altman comme",
        "    responsable d'une nouvelle équipe de",
        "    recherche en IA avancée\u00a0?",
        "    due since 2024-03-09 · embauche-alt…",
        "gone: pack not found or invalid (see",
        "newsquiz lint gone); its facts are left",
        "out",
        "",
      ].join("\n"),
    );
  });

  it("speaks French when asked", async () => {
    const result = await list(["--at", "2024-03-10", "--lang", "fr"]);
    expect(result.stdout.split("\n").slice(0, 6)).toEqual([
      "À revoir\u00a0: 5 questions sur 5 faits",
      " 1. openai-2023-11 · choix",
      "    Selon MacGeneration, quel est le",
      "    nombre total d'employés d'OpenAI\u00a0?",
      "    prévu le 2024-03-01 · effectif-700",
      " 2. openai-2023-11 · choix",
    ]);
  });

  it("prints the same review as JSON", async () => {
    const listing = JSON.parse(
      (await review(["--at", "2024-03-10T23:59:59.999Z", "--json"])).stdout,
    );
    expect(listing).toMatchObject({
      mode: "due",
      pack: null,
      now: "2024-03-10T23:59:59.999Z",
      later: 0,
      next: null,
      missingPacks: ["gone"],
      unaskable: [{ pack: "gone", fact: "f", due: "2024-03-03T09:05:00.000Z" }],
    });
    expect(
      listing.questions.map((q: { id: string; level: string; items: { fact: string }[] }) => [
        q.id,
        q.level,
        q.items.map((i) => i.fact),
      ]),
    ).toEqual([
      ["effectif-700.how-many", "choice", ["effectif-700"]],
      ["eviction-altman.who", "choice", ["eviction-altman"]],
      ["partenariat-2016.true-false", "choice", ["partenariat-2016"]],
      ["emmett-shear.role.who", "choice", ["emmett-shear"]],
      ["embauche-altman.when", "hard-choice", ["embauche-altman"]],
    ]);
    expect(listing.questions[0].items[0]).toEqual({
      pack: "openai-2023-11",
      fact: "effectif-700",
      reason: "due",
      due: "2024-03-01T09:11:00.000Z",
      retrievability: 0.5607,
      misses: 1,
      leech: false,
    });
  });

  it("says when the next review is when nothing is due", async () => {
    expect((await list(["--at", "2024-03-01T09:05Z"])).stdout).toBe(
      "Nothing is due now.\nNext review: 2024-03-01 09:11.\n",
    );
  });

  it("crams a pack whatever the due dates: missed and new facts first, up to --count", async () => {
    const listing = JSON.parse(
      (
        await review([
          "--cram",
          "openai-2023-11",
          "--count",
          "3",
          "--at",
          "2024-03-02T12:00Z",
          "--json",
        ])
      ).stdout,
    );
    // 87 facts to drill; the two missed and the never asked come first, in the quiz's order.
    expect([listing.mode, listing.pack, listing.later]).toEqual(["cram", "openai-2023-11", 84]);
    expect(
      listing.questions.map((q: { id: string; items: { fact: string }[] }) => [
        q.id,
        q.items.map((i) => i.fact),
      ]),
    ).toEqual([
      ["eviction-altman.who", ["eviction-altman"]],
      ["embauche-brockman.who", ["embauche-brockman"]],
      ["shear-interim.who", ["shear-interim"]],
    ]);
  });

  it("asks again what the pack's last session missed", async () => {
    const result = await list(["--missed", "openai-2023-11", "--at", "2024-03-01T12:00Z"], morning);
    expect(result.stdout).toBe(
      [
        "Missed last time in openai-2023-11: 3",
        "questions",
        // The very question missed, typed as it was.
        " 1. openai-2023-11 · typed answer",
        "    Selon MacGeneration, combien",
        "    d'employés OpenAI comptait-elle au",
        "    total, environ\u00a0?",
        "    missed · effectif-700",
        " 2. openai-2023-11 · choices",
        "    Le partenariat entre Microsoft et",
        "    OpenAI a commencé en 2016.",
        "    missed · partenariat-2016",
        // Missed with a question the pack no longer has: asked by the generator.
        " 3. openai-2023-11 · choices",
        "    Parmi ces propositions, qui a évincé",
        "    Sam Altman de son poste de PDG",
        "    d'OpenAI le vendredi 17 novembre",
        "    2023\u00a0?",
        "    missed · eviction-altman",
        "",
      ].join("\n"),
    );
    expect((await list(["--missed", "openai-2023-11", "--at", "2024-03-02T12:00Z"])).stdout).toBe(
      "Nothing was missed in the last session\nof openai-2023-11.\n",
    );
  });

  it("never asks a question flagged in this version of the pack", async () => {
    const { hash } = loadPack("openai-2023-11", ROOT, {});
    const flagged = [
      flag({ pack: "openai-2023-11", packHash: hash, question: "debut-partenariat" }),
    ];
    const listing = JSON.parse(
      (
        await review(
          ["--missed", "openai-2023-11", "--at", "2024-03-01T12:00Z", "--json"],
          morning,
          flagged,
        )
      ).stdout,
    );
    // The flagged true-or-false question is not asked again: its fact comes by another question.
    expect(listing.questions.map((q: { id: string }) => q.id)).toEqual([
      "effectif-selon-macgeneration",
      "partenariat-2016.true-false",
      "eviction-altman.who",
    ]);
  });

  it("refuses options that make no sense, with exit 2, or an unknown pack, with exit 1", async () => {
    expect(await review(["--cram", "a", "--missed", "b"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: --cram and --missed cannot be used together; choose one\n",
    });
    expect((await list(["--at", "tomorrow"])).stderr).toBe(
      'newsquiz: --at: "tomorrow" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM (such as 2024-03-16T09:00)\n',
    );
    expect((await list(["--at", "2024-02-30"])).code).toBe(2);
    // Answers are given now: another moment is only for looking.
    expect(await review(["--at", "2024-03-10"])).toMatchObject({
      code: 2,
      stderr:
        "newsquiz: --at shows the review as of another moment; use it with --list or --json (answers are given now)\n",
    });
    expect(await review(["--count", "0"])).toMatchObject({
      code: 2,
      stderr: 'newsquiz: --count: "0" is not a whole number of at least 1\n',
    });
    expect((await review(["--lang", "de"])).code).toBe(2);
    const unknown = await review(["--cram", "nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^newsquiz: no pack named "nope"/);
  });
});
