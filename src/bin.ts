import { type CommandContext, processContext } from "./context.js";
import type { Language } from "./core/facts/model.js";
import { homeArgs, langFlag } from "./home-args.js";
import { leaveNow } from "./io/leave-hooks.js";
import { forgetCiAtATerminal } from "./io/live-terminal.js";
import { interfaceLanguage } from "./io/locale.js";
import { savedLanguage } from "./io/settings-file.js";
import { reportError } from "./report-error.js";

// A reader that stops reading (`newsquiz questions … | head`) closes the pipe: that ends the
// output, it is no error worth a stack trace. Answers already given are already saved.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

// An exception no one caught (a bug in a key handler, a timer) ends newsquiz as any error does:
// the terminal given back first, then one line (the stack with DEBUG=newsquiz), exit code 1.
// Answers are appended to the log as they are given, so the ones before the crash are kept, and
// a quiz under way is saved on the way out to be taken up again.
const crash = (error: unknown) => {
  leaveNow();
  process.exitCode = reportError(error, processContext());
  process.exit();
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

// Before anything loads Ink (it reads CI once, as it loads).
forgetCiAtATerminal(process.env, process.stdin, process.stdout);

const argv = process.argv.slice(2);
const ctx = processContext();
// One language for every screen, message, error and --help of this run.
ctx.lang = interfaceLanguage(langFlag(argv), savedLanguage(ctx.env), ctx.env);
const home = homeArgs(argv);
// Bare `newsquiz` opens the home screen, whose start-up has a budget (DESIGN.md): it skips
// loading and building the commander program, about a tenth of that budget. Every other command
// line goes through commander (cli.ts), which would run the same home action for these.
const run = home
  ? runHomeDirectly(home, ctx)
  : import("./cli.js").then((cli) => cli.main(argv, ctx));
run.then((code) => {
  process.exitCode = code;
});

async function runHomeDirectly(options: { lang?: Language }, ctx: CommandContext): Promise<number> {
  try {
    const { runHome } = await import("./commands/home.js");
    return await runHome(options, ctx);
  } catch (error) {
    return reportError(error, ctx);
  }
}
