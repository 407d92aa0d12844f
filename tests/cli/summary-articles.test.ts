import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCommand } from "../helpers/run-command.js";

// An article written for this test: summary and questions read articles as facts does.
const dir = mkdtempSync(join(tmpdir(), "newsquiz-articles-"));
const article = join(dir, "story.md");
writeFileSync(
  article,
  [
    "---",
    "title: Orbit Foods names a new chief",
    "outlet: The Ledger",
    "published: 2024-05-10",
    "lang: en",
    "---",
    "Orbit Foods appointed Maria Lopez chief executive on Wednesday.",
    '"This is a new start," said Maria Lopez.',
    "",
  ].join("\n"),
);

describe("summary and questions on article files", () => {
  it("summarises the facts read from an article", async () => {
    const result = await runCommand(["summary", article, "--json"]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.timeline).toEqual([
      { date: "2024-05-08", text: "Orbit Foods appointed Maria Lopez chief executive." },
    ]);
  });

  it("asks questions about them", async () => {
    const result = await runCommand(["questions", article, "--json", "--seed", "3"]);
    expect(result.code).toBe(0);
    const { questions } = JSON.parse(result.stdout);
    const when = questions.find((q: { kind: string }) => q.kind === "when");
    expect(when.prompt).toBe("On what day did Orbit Foods appoint Maria Lopez chief executive?");
    expect(when.choices[when.answer]).toBe("Wednesday, May 8, 2024");
  });

  it("refuses article flags on a pack and a pack mixed with articles, exit 2", async () => {
    expect(
      (await runCommand(["summary", "openai-2023-11", "--published", "2024-01-01"])).code,
    ).toBe(2);
    const mixed = await runCommand(["questions", "openai-2023-11", article]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^newsquiz: openai-2023-11: not an article file;/);
  });
});
