import { describe, expect, it } from "vitest";
import type { AnswerRecord } from "../../src/core/quiz/answer-record.js";
import { loadPack } from "../../src/io/packs.js";
import { answer, flag } from "../helpers/answers.js";
import { homeWithLog } from "../helpers/progress-log.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

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
  return runCli(["review", ...args], { env: { ...env, NEWSQUIZ_HOME: home } });
}

describe("newsquiz review", () => {
  it("lists what is due across packs, least remembered first, each at its level", () => {
    const result = review(["--at", "2024-03-10"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "Due now: 4 questions, on 4 facts",
        // The only question on this figure is typed.
        " 1. openai-2023-11 · typed answer",
        "    Selon MacGeneration, combien",
        "    d'employés OpenAI comptait-elle au",
        "    total, environ\u00a0?",
        "    due since 2024-03-01 · effectif-700",
        // Asked by the true-or-false question last time: now by the other one that tests it.
        " 2. openai-2023-11 · choices",
        "    Remettez ces étapes de l'histoire",
        "    d'OpenAI dans l'ordre chronologique.",
        "    due since 2024-03-02 · partenariat-…",
        " 3. openai-2023-11 · typed answer",
        "    Quelle plateforme de streaming vidéo",
        "    Emmett Shear a-t-il cofondée et",
        "    dirigée\u00a0?",
        "    due since 2024-03-03 · emmett-shear",
        // Known for a week (hard distractors), but the pack has only an easy question on it.
        " 4. openai-2023-11 · choices",
        "    Sur quel réseau social Satya Nadella",
        "    a-t-il annoncé l'arrivée de Sam",
        "    Altman chez Microsoft\u00a0?",
        "    due since 2024-03-09 · embauche-alt…",
        "No question left (removed or flagged):",
        "eviction-altman",
        "gone: pack not found or invalid (see",
        "newsquiz lint gone); its facts are left",
        "out",
        "",
      ].join("\n"),
    );
  });

  it("speaks French when asked", () => {
    const result = review(["--at", "2024-03-10", "--lang", "fr"]);
    expect(result.stdout.split("\n").slice(0, 6)).toEqual([
      "À revoir\u00a0: 4 questions sur 4 faits",
      " 1. openai-2023-11 · réponse à taper",
      "    Selon MacGeneration, combien",
      "    d'employés OpenAI comptait-elle au",
      "    total, environ\u00a0?",
      "    prévu le 2024-03-01 · effectif-700",
    ]);
  });

  it("prints the same review as JSON", () => {
    const listing = JSON.parse(review(["--at", "2024-03-10T23:59:59.999Z", "--json"]).stdout);
    expect(listing).toMatchObject({
      mode: "due",
      pack: null,
      now: "2024-03-10T23:59:59.999Z",
      later: 0,
      next: null,
      missingPacks: ["gone"],
      unaskable: [
        { pack: "openai-2023-11", fact: "eviction-altman", due: "2024-03-01T09:14:00.000Z" },
        { pack: "gone", fact: "f", due: "2024-03-03T09:05:00.000Z" },
      ],
    });
    expect(
      listing.questions.map((q: { id: string; level: string; items: { fact: string }[] }) => [
        q.id,
        q.level,
        q.items.map((i) => i.fact),
      ]),
    ).toEqual([
      ["effectif-selon-macgeneration", "typed", ["effectif-700"]],
      ["histoire-openai", "choice", ["partenariat-2016"]],
      ["plateforme-shear", "typed", ["emmett-shear"]],
      ["reseau-annonce-nadella", "choice", ["embauche-altman"]],
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

  it("says when the next review is when nothing is due", () => {
    expect(review(["--at", "2024-03-01T09:05Z"]).stdout).toBe(
      "Nothing is due now.\nNext review: 2024-03-01 09:11.\n",
    );
  });

  it("crams a pack whatever the due dates: missed and new facts first, up to --count", () => {
    const listing = JSON.parse(
      review(["--cram", "openai-2023-11", "--count", "3", "--at", "2024-03-02T12:00Z", "--json"])
        .stdout,
    );
    expect([listing.mode, listing.pack, listing.later]).toEqual(["cram", "openai-2023-11", 7]);
    expect(
      listing.questions.map((q: { id: string; items: { fact: string }[] }) => [
        q.id,
        q.items.map((i) => i.fact),
      ]),
    ).toEqual([
      ["chercheurs-partis-18-novembre", ["depart-pachocki", "depart-madry", "depart-sidor"]],
      ["effectif-selon-macgeneration", ["effectif-700"]],
      ["postes-chez-openai", ["mira-murati", "ilya-sutskever", "jakub-pachocki", "greg-brockman"]],
    ]);
  });

  it("asks again what the pack's last session missed", () => {
    const result = review(["--missed", "openai-2023-11", "--at", "2024-03-01T12:00Z"], morning);
    expect(result.stdout).toBe(
      [
        "Missed last time in openai-2023-11: 2",
        "questions",
        " 1. openai-2023-11 · typed answer",
        "    Selon MacGeneration, combien",
        "    d'employés OpenAI comptait-elle au",
        "    total, environ\u00a0?",
        "    missed · effectif-700",
        " 2. openai-2023-11 · choices",
        "    Le partenariat entre Microsoft et",
        "    OpenAI a commencé en 2016.",
        "    missed · partenariat-2016",
        "No question left (removed or flagged):",
        "eviction-altman",
        "",
      ].join("\n"),
    );
    expect(review(["--missed", "openai-2023-11", "--at", "2024-03-02T12:00Z"]).stdout).toBe(
      "Nothing was missed in the last session\nof openai-2023-11.\n",
    );
  });

  it("never asks a question flagged in this version of the pack", () => {
    const { hash } = loadPack("openai-2023-11", ROOT, {});
    const flagged = [
      flag({ pack: "openai-2023-11", packHash: hash, question: "debut-partenariat" }),
    ];
    const listing = JSON.parse(
      review(
        ["--missed", "openai-2023-11", "--at", "2024-03-01T12:00Z", "--json"],
        morning,
        flagged,
      ).stdout,
    );
    expect(listing.questions.map((q: { id: string }) => q.id)).toEqual([
      "effectif-selon-macgeneration",
      "histoire-openai",
    ]);
  });

  it("refuses options that make no sense, with exit 2, or an unknown pack, with exit 1", () => {
    expect(review(["--cram", "a", "--missed", "b"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: --cram and --missed cannot be used together; choose one\n",
    });
    expect(review(["--at", "tomorrow"]).stderr).toBe(
      'newsquiz: --at: "tomorrow" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM (such as 2024-03-16T09:00)\n',
    );
    expect(review(["--at", "2024-02-30"]).code).toBe(2);
    expect(review(["--count", "0"])).toMatchObject({
      code: 2,
      stderr: 'newsquiz: --count: "0" is not a whole number of at least 1\n',
    });
    expect(review(["--lang", "de"]).code).toBe(2);
    const unknown = review(["--cram", "nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^newsquiz: no pack named "nope"/);
  });
});
