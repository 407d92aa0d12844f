import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { CommandContext } from "../../src/context.js";

/**
 * A context for `runNew` with a script of answers: its home in `cwd`, stdout and stderr kept
 * together as a person would read them, and `env` added (LANGUAGE=fr for a French interface).
 */
export function newContext(
  cwd: string,
  env: Record<string, string> = {},
): CommandContext & { out: () => string } {
  let out = "";
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      out += String(chunk);
      done();
    },
  });
  return {
    stdout: sink,
    stderr: sink,
    stdin: process.stdin,
    cwd,
    env: { NEWSQUIZ_HOME: join(cwd, "home"), ...env },
    out: () => out,
  };
}

/** A fresh project folder with an empty `questions/`, where `new` writes its packs. */
export function newProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-new-"));
  mkdirSync(join(dir, "questions"));
  return dir;
}
