import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { memoryProgress, type ProgressPort } from "../core/progress/port.js";
import type { QuizSession } from "../core/quiz/session.js";
import type { PlayOptions } from "../core/quiz/setup.js";
import { clockFrom } from "../io/clock.js";
import { withFault } from "../io/fault.js";
import { listPackSummaries } from "../io/pack-summaries.js";
import type { LoadedPack } from "../io/packs.js";
import { SIGNAL_EXIT, saveLeftQuiz } from "../run/interrupt.js";
import { uiLanguage } from "../run/language.js";
import { App, type Leaving, loadQuizPart, type QuizInProgress, type ReviewStart } from "./app.js";
import { runFullScreen } from "./full-screen.js";
import { themeFor } from "./theme.js";

/** What the full-screen quiz opens on. */
export interface TuiLaunch {
  packRef: string;
  /** Straight into a quiz on the pack (`play`), or the home screen with the pack selected. */
  startQuiz: boolean;
  options: PlayOptions;
  /** A quiz taken up again (`play --resume`), played instead of a new one. */
  resumed?: { loaded: LoadedPack; session: QuizSession };
}

/**
 * Runs the Ink app until the reader leaves. The terminal is given back as it was on every way
 * out: `q`, Ctrl-C, a signal (closed terminal, kill) or a crash. A quiz left unfinished is handed
 * to the progress store so that the next start can offer to resume it.
 */
export async function runTui(
  launch: TuiLaunch,
  ctx: CommandContext,
  progress: ProgressPort | (() => Promise<ProgressPort>),
): Promise<number> {
  // The store's code (FSRS, the log reader) is loaded once the first screen is out: opened at
  // once, it would cost the home screen a tenth of its start-up.
  let store = typeof progress === "function" ? undefined : withFault(progress, ctx.env);
  let opened: (port: ProgressPort) => void = () => {};
  const ready: Promise<ProgressPort> = store
    ? Promise.resolve(store)
    : new Promise((resolve) => {
        opened = (port) => {
          store = withFault(port, ctx.env);
          resolve(store);
        };
      });
  const stdout = ctx.stdout as NodeJS.WriteStream;
  const now = clockFrom(ctx.env);
  let current: QuizInProgress | undefined;
  let leaving: Leaving = { interrupted: false };
  const lang = uiLanguage(launch.options.lang, ctx);

  // The parser (YAML, zod) is loaded only when a pack is read: a warm home screen never needs it.
  const load = async (ref: string): Promise<LoadedPack> => {
    const { loadPack } = await import("../io/packs.js");
    return loadPack(ref, ctx.cwd, ctx.env);
  };
  // A pack that does not load is one error line before any screen is drawn.
  const initial =
    launch.resumed?.loaded ?? (launch.startQuiz ? await load(launch.packRef) : undefined);
  const packs = launch.startQuiz ? [] : await listPackSummaries(ctx.cwd, ctx.env);
  // A quiz from the first screen needs the quiz's code at once; the home screen loads it later.
  const quiz = initial ? await loadQuizPart() : undefined;
  const app = (
    <App
      packs={packs}
      load={load}
      initial={initial}
      quiz={quiz}
      initialSession={launch.resumed?.session}
      progress={store ?? ready}
      now={now}
      options={launch.options}
      packRef={launch.packRef}
      lang={lang}
      theme={themeFor(ctx.env)}
      onQuiz={(quiz) => {
        current = quiz;
      }}
      onLeave={(left) => {
        leaving = left;
      }}
      review={() => startReview(ctx, lang)}
    />
  );
  await runFullScreen(app, ctx, {
    // A quiz left unfinished is kept, said once the shell's screen is back.
    afterLeave: () => {
      if (current && store) {
        saveLeftQuiz(
          store,
          { ...current, savedAt: now() },
          {
            lang,
            command: ctx.command ?? "newsquiz",
            say: (line) => stdout.write(`${line}\n`),
          },
        );
      }
    },
    afterFirstFrame:
      typeof progress === "function"
        ? () => progress().then(opened, () => opened(memoryProgress()))
        : undefined,
  });
  if (leaving.line) stdout.write(`${leaving.line}\n`);
  return leaving.interrupted ? SIGNAL_EXIT.SIGINT : 0;
}

/**
 * The review of what is due across packs, as `newsquiz review` builds it (its code loaded
 * when `r` is pressed); undefined when nothing is due.
 */
async function startReview(ctx: CommandContext, lang: Language): Promise<ReviewStart | undefined> {
  const { dueReview } = await import("../run/review.js");
  const setup = dueReview(ctx, lang);
  return setup && { session: setup.session, place: { title: setup.title, sources: setup.sources } };
}
