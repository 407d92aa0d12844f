import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCommand } from "../helpers/run-command.js";

interface QuestionOut {
  id: string;
  kind: string;
  type: string;
  prompt: string;
  choices: string[];
  answer: number | null;
  explanation: string;
  sources: string[];
  facts: string[];
  order?: number[];
}

describe("the command line", () => {
  it("lists summary and questions in its help", async () => {
    const help = (await runCommand(["--help"])).stdout;
    expect(help).toMatch(/\n {2}summary \[options\] <inputs\.\.\.> +summarise a pack or articles/);
    expect(help).toMatch(
      /\n {2}questions \[options\] <inputs\.\.\.> +list the questions of a pack or articles/,
    );
  });

  it("tells the timeline of newsquiz facts in sentences", async () => {
    expect((await runCommand(["facts", "openai-2023-11"])).stdout).toContain(
      "  17 novembre 2023   Le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI. [article-21-novembre, pousse-vers-microsoft, cinq-questions, fredzone, macgeneration]\n",
    );
  });
});

describe("newsquiz questions", () => {
  it("prints the JSON contract, the same for the same seed", async () => {
    const args = ["questions", "openai-2023-11", "--json", "--seed", "3", "--count", "12"];
    const first = await runCommand(args);
    expect(first.code).toBe(0);
    expect((await runCommand(args)).stdout).toBe(first.stdout);
    const { questions } = JSON.parse(first.stdout) as { questions: QuestionOut[] };
    expect(questions).toHaveLength(12);
    for (const q of questions) {
      expect(Object.keys(q)).toEqual(
        expect.arrayContaining([
          "id",
          "kind",
          "type",
          "prompt",
          "choices",
          "answer",
          "explanation",
          "sources",
          "facts",
        ]),
      );
      if (q.choices.length > 0) {
        expect(q.answer).toBeGreaterThanOrEqual(0);
        expect(q.answer).toBeLessThan(q.choices.length);
      }
    }
  });

  it("gives true or false as two choices, and an ordering with the right order of its choices", async () => {
    const { questions } = JSON.parse(
      (await runCommand(["questions", "openai-2023-11", "--json"])).stdout,
    ) as {
      questions: QuestionOut[];
    };
    const trueFalse = questions.find((q) => q.type === "truefalse")!;
    expect(trueFalse.choices).toEqual(["Vrai", "Faux"]);
    const ordering = questions.find((q) => q.type === "ordering" && q.kind === "order")!;
    expect([...ordering.order!].sort()).toEqual(ordering.choices.map((_, i) => i));
    expect(ordering.answer).toBe(ordering.order![0]);
  });

  it("writes English with --lang en, and lists questions readably by default", async () => {
    const english = JSON.parse(
      (await runCommand(["questions", "openai-2023-11", "--json", "--lang", "en", "--count", "30"]))
        .stdout,
    ) as { questions: QuestionOut[] };
    const generated = english.questions.filter((q) => q.kind !== "written");
    expect(generated.length).toBeGreaterThan(20);
    for (const q of generated) expect(q.prompt).not.toMatch(/ \?$/);
    const listing = await runCommand([
      "questions",
      "openai-2023-11",
      "--count",
      "2",
      "--difficulty",
      "hard",
    ]);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toMatch(/^1\. \[\w[\w-]*\] .+\n {3}a\) /);
    expect(listing.stdout).toContain("  ✓\n");
  });

  it("refuses a bad count, seed or difficulty with exit 2 and one line", async () => {
    for (const [flag, value] of [
      ["--count", "0"],
      ["--count", "ten"],
      ["--seed", "-1"],
      ["--difficulty", "medium"],
      ["--lang", "de"],
    ]) {
      const result = await runCommand(["questions", "openai-2023-11", flag!, value!]);
      expect(result.code, `${flag} ${value}`).toBe(2);
      expect(result.stderr.trim().split("\n"), `${flag} ${value}`).toHaveLength(1);
      expect(result.stdout).toBe("");
    }
  });
});

describe("newsquiz summary", () => {
  it("prints the JSON contract, short by default and long on request", async () => {
    const short = JSON.parse((await runCommand(["summary", "openai-2023-11", "--json"])).stdout);
    expect(Object.keys(short)).toEqual(["summary", "timeline", "people", "conflicts"]);
    const long = JSON.parse(
      (await runCommand(["summary", "openai-2023-11", "--json", "--length", "long"])).stdout,
    );
    expect(long.summary.length).toBeGreaterThan(short.summary.length);
    expect(long.timeline).toEqual(short.timeline);
  });

  it("prints the summary, timeline, who's who and disagreements as text", async () => {
    const result = await runCommand(["summary", "openai-2023-11"]);
    expect(result.code).toBe(0);
    for (const heading of ["Résumé", "Chronologie", "Qui est qui", "Où les sources divergent"]) {
      expect(result.stdout).toContain(`\n${heading}\n`);
    }
    expect(result.stdout).toContain(
      "  17 novembre 2023     Le conseil d'administration d'OpenAI a évincé",
    );
    // A span the sources give instead of a day is shown as a span.
    expect(result.stdout).toContain(
      "  18–19 novembre 2023  Microsoft a mené les négociations pour faire revenir Sam Altman",
    );
    const english = await runCommand(["summary", "openai-2023-11", "--lang", "en"]);
    expect(english.stdout).toContain("\nWho's who\n");
  });

  it("refuses an unknown length with exit 2, an unknown pack with exit 1", async () => {
    expect((await runCommand(["summary", "openai-2023-11", "--length", "medium"])).code).toBe(2);
    const missing = await runCommand(["summary", "no-such-pack"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^newsquiz: no pack named "no-such-pack"/);
  });
});

describe("pack text on the terminal", () => {
  it("never reaches it with its escape sequences", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsquiz-hostile-"));
    mkdirSync(join(dir, "hostile"));
    writeFileSync(
      join(dir, "hostile", "pack.yaml"),
      `title: "Hostile \\e[2J"
language: fr
sources: [{ id: s, outlet: "La \\e]0;owned\\a Gazette", language: fr }]
entities:
  - { id: a, name: "Alice \\e[31mMartin", kind: person, gender: f }
  - { id: b, name: Bruno Petit, kind: person, gender: m }
  - { id: c, name: Claire Roux, kind: person, gender: f }
  - { id: d, name: Denis Blanc, kind: person, gender: m }
  - { id: acme, name: Acme, kind: organisation, gender: f }
events:
  - { id: e1, type: hiring, actor: acme, target: a, label: "un poste \\e[5m", date: 2024-01-02, sources: [s] }
  - { id: e2, type: hiring, actor: acme, target: b, date: 2024-01-09, sources: [s] }
`,
    );
    for (const args of [
      ["summary", "hostile"],
      ["questions", "hostile"],
      ["summary", "hostile", "--json"],
    ]) {
      const result = await runCommand(args, { cwd: dir });
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout, args.join(" ")).not.toMatch(/\u001b|\u0007/);
      if (!args.includes("--json")) expect(result.stdout).toContain("Alice Martin");
    }
  });
});
