import type { CommandContext } from "./context.js";
import { msg, said } from "./core/i18n/msg.js";
import { EXIT, UserError } from "./errors.js";

/**
 * Prints an error that is not commander's as one clear line (plus its details), in the
 * interface's language, the stack only with DEBUG=newsquiz, and returns the exit code. Apart
 * from cli.ts so that a crash and the bare home screen can report without loading commander.
 */
export function reportError(error: unknown, ctx: CommandContext): number {
  const debug = /\bnewsquiz\b/.test(ctx.env.DEBUG ?? "");
  const lang = ctx.lang ?? "en";
  if (error instanceof UserError) {
    ctx.stderr.write(`newsquiz: ${error.textIn(lang)}\n`);
    for (const line of error.details)
      ctx.stderr.write(`newsquiz: ${typeof line === "string" ? line : said(lang, line)}\n`);
    if (debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`newsquiz: ${msg(lang, "error.unexpected", { message })}\n`);
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write(`newsquiz: ${msg(lang, "error.debug-hint")}\n`);
  return EXIT.invalidInput;
}
