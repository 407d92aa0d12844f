import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run-cli.js";
import { runCommand } from "./helpers/run-command.js";
import { triageProject } from "./helpers/triage-pack.js";

// docs/triage.md shows a review of the test pack (an article about a strike at Acme): the
// transcript and the lint line it shows must be what newsquiz prints.
const doc = readFileSync(join(ROOT, "docs", "triage.md"), "utf8");

function block(lang: string, containing: string): string {
  const re = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``, "g");
  const found = [...doc.matchAll(re)].map((m) => m[1]!).find((b) => b.includes(containing));
  expect(found, `docs/triage.md has a ${lang} block with "${containing}"`).toBeDefined();
  return found!;
}

describe("docs/triage.md", () => {
  it("shows the line-mode review newsquiz really prints", async () => {
    const [command, ...expected] = block("console", "| newsquiz triage").split("\n");
    const match = /^\$ printf '(.*)' \| newsquiz (.*)$/.exec(command!);
    expect(match, "a printf ... | newsquiz ... command").not.toBeNull();
    const result = await runCommand(match![2]!.split(" "), {
      cwd: triageProject().cwd,
      input: match![1]!.replaceAll("\\n", "\n"),
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual(expected);
  });

  it("shows the lint line of a pack with facts awaiting review", async () => {
    const cwd = triageProject().cwd;
    await runCommand(["triage", "greve"], { cwd, input: "a\nx\ne\n\n\n2024-03-13\n\n" });
    expect((await runCommand(["lint", "greve"], { cwd })).stdout.trimEnd()).toBe(
      block("text", "facts await review"),
    );
  });
});
