import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh, empty newsquiz home folder, so tests never touch the user's progress. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), "newsquiz-test-"));
}

/** Runs the built `newsquiz` as a user would, without a terminal, and collects its output. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      NEWSQUIZ_HOME: tempHome(),
      LANG: "C.UTF-8",
      ...options.env,
    },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
