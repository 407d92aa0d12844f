import type { CommandContext } from "../context.js";
import type { ProgressPort } from "../core/progress/port.js";
import { clockFrom } from "../io/clock.js";
import type { QuizSetup } from "../play/setup.js";
import { runFullScreen } from "./full-screen.js";
import { ReviewApp } from "./review-app.js";
import { themeFor } from "./theme.js";

/** Runs a review on the full screen; once the terminal is back, prints its score line. */
export async function runReviewTui(
  setup: QuizSetup,
  ctx: CommandContext,
  progress: ProgressPort,
): Promise<void> {
  let leaveLine: string | undefined;
  await runFullScreen(
    <ReviewApp
      session={setup.session}
      ctx={{ lang: setup.lang, sources: setup.sources }}
      title={setup.title}
      progress={progress}
      now={clockFrom(ctx.env)}
      theme={themeFor(ctx.env)}
      onLeave={(line) => {
        leaveLine = line;
      }}
    />,
    ctx,
  );
  if (leaveLine) ctx.stdout.write(`${leaveLine}\n`);
}
