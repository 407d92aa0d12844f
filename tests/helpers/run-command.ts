import { PassThrough, Writable } from "node:stream";
import { runCommandLine } from "../../src/command-line.js";
import type { CommandContext } from "../../src/context.js";
import { commandName } from "../../src/io/invocation.js";
import { CLI, type CliResult, ROOT, tempHome } from "./run-cli.js";

/** A stream that keeps what is written to it, decoded at the end as a pipe's reader would. */
class Collected extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/**
 * Runs a newsquiz command line in this process, as runCli runs the built one in a child: the
 * same environment (a fresh NEWSQUIZ_HOME, LANG=C.UTF-8, only PATH of the test's own), no
 * terminal on either side, `input` as the whole of stdin. For tests of what a command does; the
 * process itself (signals, pipes closing, the bundle, start-up) is runCli's to test.
 */
export async function runCommand(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const cwd = options.cwd ?? ROOT;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    NEWSQUIZ_HOME: tempHome(),
    LANG: "C.UTF-8",
    ...options.env,
  };
  const stdin = new PassThrough();
  stdin.end(options.input ?? "");
  const stdout = new Collected();
  const stderr = new Collected();
  const ctx: CommandContext = {
    stdout,
    stderr,
    stdin,
    cwd,
    env,
    // What the child would be told it is: `node <path of dist/cli.js from cwd>`.
    command: commandName(env, CLI, cwd),
  };
  const code = await inTimeZone(env.TZ, () => runCommandLine(args, ctx));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Local times (review dates, a saved quiz's time) come from the process's time zone, which a
 * child takes from its TZ: here the test process takes the command's TZ while it runs, the
 * machine's own when it has none, as the child would.
 */
async function inTimeZone<T>(tz: string | undefined, run: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  setTimeZone(tz);
  try {
    return await run();
  } finally {
    setTimeZone(before);
  }
}

function setTimeZone(tz: string | undefined): void {
  // Node resets its time zone when TZ is assigned or deleted.
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
}
