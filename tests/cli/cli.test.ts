import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { CLI, ROOT, tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

describe("newsquiz command line", () => {
  it("prints its version and help with exit 0", async () => {
    expect(await runCommand(["--version"])).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
      stderr: "",
    });
    const help = await runCommand(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: newsquiz");
    for (const command of ["facts", "lint", "add"]) expect(help.stdout).toContain(command);
  });

  it("exits 2 on a usage error, with one line and no stack", async () => {
    const result = await runCommand(["facts", "--bogus", "openai-2023-11"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("newsquiz: unknown option '--bogus'\n");
  });

  it("stops quietly when the reader of its output stops reading (| head)", () => {
    // The whole quiz's text is far more than a pipe holds, so the writes after `head` left fail.
    const shell = `printf '\\n%.0s' $(seq 300) | node '${CLI}' play --seed 1 --count 240 | head -n 1; node '${CLI}' questions openai-2023-11 | head -n 1`;
    const result = spawnSync("sh", ["-c", shell], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", NEWSQUIZ_HOME: tempHome() },
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      "OpenAI : la crise de novembre 2023 · 87 questions",
      "1. [written] Sur quel réseau social Satya Nadella a-t-il annoncé l'arrivée de Sam Altman chez Microsoft ?",
      "",
    ]);
  });

  it("lints the built-in pack", async () => {
    expect(await runCommand(["lint", "openai-2023-11"])).toEqual({
      code: 0,
      stdout:
        "questions/openai-2023-11/pack.yaml: ok (34 events, 17 claims, 13 quotes, 14 questions)\n",
      stderr: "",
    });
  });

  it("exits 1 with every error of a broken pack, file:line:col first", async () => {
    const result = await runCommand([
      "lint",
      "tests/fixtures/broken-packs/several-errors",
      "openai-2023-11",
    ]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(
      /^tests\/fixtures\/broken-packs\/several-errors\/pack\.yaml:2:11: language: /,
    );
    expect(lines[5]).toBe("5 errors in 1 pack");
    expect(result.stdout).toContain("questions/openai-2023-11/pack.yaml: ok");
  });

  it("names an unknown pack with the known ones, exit 1", async () => {
    const result = await runCommand(["facts", "nope"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^newsquiz: no pack named "nope"; expected a pack id \(.*openai-2023-11.*\) or the path of a pack\.yaml\n$/,
    );
  });

  it("prints the facts as the JSON contract", async () => {
    const result = await runCommand(["facts", "openai-2023-11", "--json"]);
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout);
    expect(Object.keys(facts)).toEqual(
      expect.arrayContaining(["entities", "events", "claims", "quotes", "conflicts"]),
    );
    const dismissal = facts.events.find((e: { id: string }) => e.id === "eviction-altman");
    expect(dismissal).toMatchObject({
      type: "dismissal",
      actor: "conseil",
      target: "sam-altman",
      date: "2023-11-17",
    });
    expect(facts.conflicts[0]).toEqual({
      about: "le nombre d'employés signataires de la lettre",
      claims: ["signataires-770", "signataires-650", "signataires-90-pourcent"],
    });
  });

  it("prints a readable listing grouped by kind", async () => {
    const result = await runCommand(["facts", "openai-2023-11"]);
    expect(result.code).toBe(0);
    for (const heading of [
      "Sources",
      "Personnes et organisations",
      "Chronologie",
      "Chiffres",
      "Citations",
      "Où les sources divergent",
    ]) {
      expect(result.stdout).toContain(`\n${heading}\n`);
    }
    expect(result.stdout).toContain("    650 sur environ 700 employés (MacGeneration)\n");
  });

  it("reads a pack by path from anywhere, and the built-in pack by id from anywhere", async () => {
    const file = join(ROOT, "questions", "openai-2023-11", "pack.yaml");
    expect((await runCommand(["lint", file], { cwd: "/" })).code).toBe(0);
    expect((await runCommand(["lint", "openai-2023-11"], { cwd: "/" })).code).toBe(0);
  });
});
