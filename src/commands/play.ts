import type { CommandContext } from "../context.js";
import { tq } from "../core/i18n/quiz-strings.js";
import { clockFrom } from "../io/clock.js";
import { loadPack } from "../io/packs.js";
import { BUILTIN_PACK_ID } from "../io/paths.js";
import { runLineMode } from "../play/line-mode.js";
import { type PlayOptions, setUpQuiz } from "../play/setup.js";
import { openStore } from "./store.js";

/** `newsquiz play` options as commander hands them over. */
export interface PlayCommandOptions extends PlayOptions {
  plain?: boolean;
}

/**
 * `newsquiz play [PACK]`: the quiz. In a terminal, the Ink screens (or @inquirer/prompts with
 * --plain); without one, line mode, one answer per line of standard input.
 */
export async function runPlay(
  ref: string | undefined,
  options: PlayCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const now = clockFrom(ctx.env);
  const progress = openStore(ctx);
  const interactive = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY);
  if (interactive && !options.plain) {
    const { runTui } = await import("../ui/run-tui.js");
    return runTui({ packRef: ref ?? BUILTIN_PACK_ID, startQuiz: true, options }, ctx, progress);
  }
  const loaded = loadPack(ref ?? BUILTIN_PACK_ID, ctx.cwd, ctx.env);
  const setup = setUpQuiz(loaded, options, progress, now());
  if (setup.seedPicked) {
    ctx.stderr.write(`newsquiz: ${tq(setup.lang, "seed.picked", { seed: setup.session.seed })}\n`);
  }
  if (interactive) {
    const { runPromptMode } = await import("../play/prompt-mode.js");
    return runPromptMode(setup, ctx, progress, now);
  }
  await runLineMode(
    setup,
    { input: ctx.stdin, output: ctx.stdout, echo: !ctx.stdin.isTTY, now },
    progress,
  );
  return 0;
}
