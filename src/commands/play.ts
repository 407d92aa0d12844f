import type { CommandContext } from "../context.js";
import { tq } from "../core/i18n/quiz-strings.js";
import type { QuizSession } from "../core/quiz/session.js";
import { clockFrom } from "../io/clock.js";
import { loadPack } from "../io/packs.js";
import { BUILTIN_PACK_ID } from "../io/paths.js";
import { saveLeftQuiz, saveOnSignal } from "../play/interrupt.js";
import { runLineMode } from "../play/line-mode.js";
import { takeUpQuiz, waitingLine } from "../play/resume.js";
import { type PlayOptions, type QuizSetup, setUpQuiz } from "../play/setup.js";
import { uiLanguage } from "./progress-context.js";
import { openStore } from "./store.js";

/** `newsquiz play` options as commander hands them over. */
export interface PlayCommandOptions extends PlayOptions {
  plain?: boolean;
  /** Take up the quiz an earlier run left unfinished. */
  resume?: boolean;
}

/**
 * `newsquiz play [PACK]`: the quiz. In a terminal, the Ink screens (or @inquirer/prompts with
 * --plain); without one, line mode, one answer per line of standard input. `--resume` takes up
 * the quiz an earlier run left; a quiz left now (Ctrl-C, a closed terminal, a kill) is saved
 * for that, in every face.
 */
export async function runPlay(
  ref: string | undefined,
  options: PlayCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const now = clockFrom(ctx.env);
  const progress = openStore(ctx);
  const interactive = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY);
  const resumed = options.resume
    ? takeUpQuiz(progress, ref, ctx, now(), options.lang ?? uiLanguage(undefined, ctx.env))
    : undefined;
  if (interactive && !options.plain) {
    const { runTui } = await import("../ui/run-tui.js");
    const launch = {
      packRef: ref ?? BUILTIN_PACK_ID,
      startQuiz: true,
      // A quiz taken up again speaks the language its questions were written in.
      options: resumed ? { ...options, lang: resumed.setup.lang } : options,
      resumed: resumed && { loaded: resumed.loaded, session: resumed.setup.session },
    };
    return runTui(launch, ctx, progress);
  }
  let setup: QuizSetup;
  let packFile: string;
  if (resumed) {
    setup = resumed.setup;
    packFile = resumed.loaded.file;
  } else {
    const loaded = loadPack(ref ?? BUILTIN_PACK_ID, ctx.cwd, ctx.env);
    setup = setUpQuiz(loaded, options, progress, now());
    packFile = loaded.file;
    if (setup.seedPicked) {
      ctx.stderr.write(
        `newsquiz: ${tq(setup.lang, "seed.picked", { seed: setup.session.seed })}\n`,
      );
    }
    const waiting = waitingLine(progress, loaded.pack.id, setup.lang);
    if (waiting) ctx.stderr.write(`newsquiz: ${waiting}\n`);
  }
  // The quiz as it stands, for a signal to save.
  let session: QuizSession = setup.session;
  const left = () =>
    session.phase === "done"
      ? undefined
      : { session, packFile, title: setup.title, lang: setup.lang, savedAt: now() };
  const say = (line: string) => ctx.stderr.write(`newsquiz: ${line}\n`);
  const release = saveOnSignal(progress, left, say);
  try {
    if (interactive) {
      const { runPromptMode } = await import("../play/prompt-mode.js");
      const outcome = await runPromptMode(setup, ctx, progress, now, (s) => {
        session = s;
      });
      // Ctrl-C in a prompt leaves the quiz, as in the other faces: kept to be taken up again.
      if (outcome === "left") saveLeftQuiz(progress, left(), say);
      return outcome === "left" ? 130 : 0;
    }
    await runLineMode(
      setup,
      {
        input: ctx.stdin,
        output: ctx.stdout,
        echo: !ctx.stdin.isTTY,
        now,
        onSession: (s) => {
          session = s;
        },
      },
      progress,
    );
    return 0;
  } finally {
    release();
  }
}
