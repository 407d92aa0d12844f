import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { packFrom } from "./helpers/packs.js";
import { ROOT } from "./helpers/run-cli.js";
import { runCommand } from "./helpers/run-command.js";

// The README and the docs are documentation users copy from: their examples must keep working.
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const playing = readFileSync(join(ROOT, "docs", "playing.md"), "utf8");
const commands = readFileSync(join(ROOT, "docs", "commands.md"), "utf8");
const packFormat = readFileSync(join(ROOT, "docs", "pack-format.md"), "utf8");

function blockAfter(marker: string, lang: string, page = readme): string {
  const start = page.indexOf(marker);
  expect(start, `the page has "${marker}"`).toBeGreaterThan(-1);
  const open = page.indexOf(`\`\`\`${lang}\n`, start);
  const close = page.indexOf("\n```", open + 4);
  return page.slice(open + lang.length + 4, close + 1);
}

describe("README", () => {
  it("links only to pages and files that exist, from itself and from docs/", async () => {
    const pages = ["README.md", ...readdirSync(join(ROOT, "docs")).map((f) => `docs/${f}`)];
    const broken = pages.flatMap((page) =>
      [...readFileSync(join(ROOT, page), "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((m) => m[1]!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(join(ROOT, dirname(page), target)))
        .map((target) => `${page} -> ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it("lists every command newsquiz has, and no other", async () => {
    // The unknown-command error lists them all.
    const all = /expected one of: (.*)$/m
      .exec((await runCommand(["no-such-command"])).stderr)![1]!
      .split(", ");
    const table = readme.slice(readme.indexOf("| command | what it does |")).split("\n\n")[0]!;
    const listed = table
      .split("\n")
      .slice(2)
      .flatMap((row) => [...row.split(" | ")[0]!.matchAll(/`(?:newsquiz ?)?([a-z]*)/g)])
      .map((m) => m[1])
      .filter((name) => name !== "");
    expect([...listed].sort()).toEqual([...all].sort());
  });

  it("has an example pack that is valid", async () => {
    const pack = packFrom(blockAfter("A small complete pack:", "yaml", packFormat), "greve-acme");
    expect(pack.entities.map((e) => e.id)).toEqual(["acme", "lea-martin", "salaries-acme"]);
    expect(pack.questions).toHaveLength(1);
  });

  it("shows the lint output newsquiz really prints", async () => {
    const block = blockAfter("## `newsquiz lint PACK...`", "console", commands);
    const [command, ...expected] = block.trimEnd().split("\n");
    const args = command!.replace(/^\$ newsquiz /, "").split(" ");
    const result = await runCommand(args);
    expect(result.code).toBe(1);
    expect((result.stdout + result.stderr).trimEnd().split("\n")).toEqual(expected);
  });

  it("shows the import output newsquiz really prints", async () => {
    const block = blockAfter("## `newsquiz import FILE", "console", commands);
    const [command, ...expected] = block.trimEnd().split("\n");
    const args = command!.replace(/^\$ newsquiz /, "").split(" ");
    // In a project of its own, so that the import does not land in this repository's questions/.
    const dir = mkdtempSync(join(tmpdir(), "newsquiz-readme-"));
    mkdirSync(join(dir, "questions"));
    cpSync(join(ROOT, args[1]!), join(dir, args[1]!));
    const result = await runCommand(args, { cwd: dir });
    expect(result.code).toBe(1);
    expect((result.stderr + result.stdout).trimEnd().split("\n")).toEqual(expected);
  });

  it("shows the line-mode transcript newsquiz really prints (docs/playing.md)", async () => {
    const block = blockAfter("An empty line skips a question", "console", playing);
    const [command, ...expected] = block.trimEnd().split("\n");
    const match = /^\$ printf '(.*)' \| newsquiz (.*)$/.exec(command!);
    expect(match, "a printf ... | newsquiz ... command").not.toBeNull();
    const input = match![1]!.replaceAll("\\n", "\n");
    const result = await runCommand(match![2]!.split(" "), {
      input,
      env: { NEWSQUIZ_NOW: "2024-03-01T09:00:00Z", TZ: "UTC" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual(expected);
  });
});
