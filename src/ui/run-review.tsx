import type { CommandContext } from "../context.js";
import type { ProgressPort } from "../core/progress/port.js";
import { clockFrom } from "../io/clock.js";
import { SIGNAL_EXIT } from "../play/interrupt.js";
import type { QuizSetup } from "../play/setup.js";
import { runFullScreen } from "./full-screen.js";
import { ReviewApp } from "./review-app.js";
import { themeFor } from "./theme.js";

/**
 * Runs a review on the full screen; once the terminal is back, prints its score line. Returns
 * the exit code: 130 when the reader left with Ctrl-C.
 */
export async function runReviewTui(
  setup: QuizSetup,
  ctx: CommandContext,
  progress: ProgressPort,
): Promise<number> {
  let leaveLine: string | undefined;
  let code = 0;
  await runFullScreen(
    <ReviewApp
      session={setup.session}
      ctx={{ lang: setup.lang, sources: setup.sources }}
      title={setup.title}
      progress={progress}
      now={clockFrom(ctx.env)}
      theme={themeFor(ctx.env)}
      onLeave={(leaving) => {
        leaveLine = leaving.line;
        if (leaving.interrupted) code = SIGNAL_EXIT.SIGINT;
      }}
    />,
    ctx,
  );
  if (leaveLine) ctx.stdout.write(`${leaveLine}\n`);
  return code;
}
