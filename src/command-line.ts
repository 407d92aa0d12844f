import type { CommandContext } from "./context.js";
import type { Language } from "./core/facts/model.js";
import { homeArgs, langFlag } from "./home-args.js";
import { interfaceLanguage } from "./io/locale.js";
import { savedLanguage } from "./io/settings-file.js";
import { reportError } from "./report-error.js";

/**
 * Runs one command line in a context and returns its exit code: what `newsquiz ARGS` does once
 * the process is set up (bin.ts). Tests run commands through it in their own process.
 */
export async function runCommandLine(
  argv: readonly string[],
  ctx: CommandContext,
): Promise<number> {
  // One language for every screen, message, error and --help of this run.
  ctx.lang = interfaceLanguage(langFlag(argv), savedLanguage(ctx.env), ctx.env);
  const home = homeArgs(argv);
  // Bare `newsquiz` opens the home screen, whose start-up has a budget (DESIGN.md): it skips
  // loading and building the commander program, about a tenth of that budget. Every other command
  // line goes through commander (cli.ts), which would run the same home action for these.
  if (home) return runHomeDirectly(home, ctx);
  return (await import("./cli.js")).main(argv, ctx);
}

async function runHomeDirectly(options: { lang?: Language }, ctx: CommandContext): Promise<number> {
  try {
    const { runHome } = await import("./commands/home/run.js");
    return await runHome(options, ctx);
  } catch (error) {
    return reportError(error, ctx);
  }
}
