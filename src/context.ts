import type { Language } from "./core/facts/model.js";
import { commandName } from "./io/invocation.js";

/** What a command may touch of the outside world; tests pass their own. */
export interface CommandContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The interface's language, once resolved for the command line (see interfaceLanguage). */
  lang?: Language;
  /** The command the reader ran newsquiz with, to name it again (see commandName). */
  command?: string;
}

export function processContext(): CommandContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    command: commandName(process.env, process.argv[1], process.cwd()),
  };
}
