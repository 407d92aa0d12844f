import type { CommandContext } from "../../context.js";
import type { Language } from "../../core/facts/model.js";
import { msg } from "../../core/i18n/msg.js";
import type { QuizSession } from "../../core/quiz/session.js";
import { type PlayOptions, type QuizSetup, setUpQuiz } from "../../core/quiz/setup.js";
import { clockFrom } from "../../io/clock.js";
import { loadPack } from "../../io/packs.js";
import { BUILTIN_PACK_ID } from "../../io/paths.js";
import { runLineMode } from "../../play/line-mode.js";
import { SIGNAL_EXIT, saveLeftQuiz, saveOnSignal } from "../../run/interrupt.js";
import { uiLanguage } from "../../run/language.js";
import { outputColumns } from "../../run/output.js";
import { takeUpQuiz, waitingLine } from "../../run/resume.js";
import { openStore } from "../../run/store.js";

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
  const lang = uiLanguage(options.lang, ctx);
  const command = ctx.command ?? "newsquiz";
  const resumed = options.resume ? takeUpQuiz(progress, ref, ctx, now(), lang, command) : undefined;
  if (interactive && !options.plain) {
    const { runTui } = await import("../../ui/run-tui.js");
    const launch = {
      packRef: ref ?? BUILTIN_PACK_ID,
      startQuiz: true,
      options,
      resumed: resumed && { loaded: resumed.loaded, session: resumed.setup.session },
    };
    return runTui(launch, ctx, progress);
  }
  let setup: QuizSetup;
  let packFile: string;
  let questionLang: Language;
  if (resumed) {
    setup = resumed.setup;
    packFile = resumed.loaded.file;
    questionLang = resumed.questionLang;
  } else {
    const loaded = loadPack(ref ?? BUILTIN_PACK_ID, ctx.cwd, ctx.env);
    setup = setUpQuiz(loaded, options, progress, now(), lang);
    packFile = loaded.file;
    questionLang = options.lang ?? loaded.pack.language;
    if (setup.seedPicked) {
      ctx.stderr.write(`newsquiz: ${msg(lang, "seed.picked", { seed: setup.session.seed })}\n`);
    }
    const waiting = waitingLine(progress, loaded.pack.id, lang, command);
    if (waiting) ctx.stderr.write(`newsquiz: ${waiting}\n`);
  }
  // The quiz as it stands, for a signal to save.
  let session: QuizSession = setup.session;
  const left = () =>
    session.phase === "done"
      ? undefined
      : {
          session,
          packFile,
          title: setup.title,
          lang: questionLang,
          savedAt: now(),
        };
  const saying = { lang, command, say: (line: string) => ctx.stderr.write(`newsquiz: ${line}\n`) };
  const release = saveOnSignal(progress, left, saying);
  try {
    if (interactive) {
      const { runPromptMode } = await import("../../play/prompt-mode.js");
      const outcome = await runPromptMode(setup, ctx, progress, now, (s) => {
        session = s;
      });
      // Ctrl-C in a prompt leaves the quiz, as in the other faces: kept to be taken up again.
      // Kept on purpose ("keep it for later"), it is saved too, and that is no interruption.
      if (outcome !== "done") saveLeftQuiz(progress, left(), saying);
      return outcome === "left" ? SIGNAL_EXIT.SIGINT : 0;
    }
    await runLineMode(
      setup,
      {
        input: ctx.stdin,
        output: ctx.stdout,
        echo: !ctx.stdin.isTTY,
        now,
        columns: ctx.stdout.isTTY ? outputColumns(ctx) : undefined,
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
