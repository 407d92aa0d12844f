import { runCommandLine } from "./command-line.js";
import { processContext } from "./context.js";
import { leaveNow } from "./io/leave-hooks.js";
import { forgetCiAtATerminal } from "./io/live-terminal.js";
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

runCommandLine(process.argv.slice(2), processContext()).then((code) => {
  process.exitCode = code;
});
