import { render } from "ink";
import type { CommandContext } from "../context.js";
import { memoryProgress, type ProgressPort } from "../core/progress/port.js";
import type { QuizSession } from "../core/quiz/session.js";
import { clockFrom } from "../io/clock.js";
import { localeLanguage } from "../io/locale.js";
import { listPackSummaries } from "../io/pack-summaries.js";
import type { LoadedPack } from "../io/packs.js";
import { SIGNAL_EXIT, saveLeftQuiz } from "../play/interrupt.js";
import type { PlayOptions } from "../play/setup.js";
import { App, type QuizInProgress } from "./app.js";
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

// The alternate screen keeps the reader's shell scrollback as it was: leaving restores it.
const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALT_SCREEN = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";
const CLEAR_SCREEN = "\u001b[2J\u001b[H";

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
  let store = typeof progress === "function" ? undefined : progress;
  let opened: (port: ProgressPort) => void = () => {};
  const ready: Promise<ProgressPort> = store
    ? Promise.resolve(store)
    : new Promise((resolve) => {
        opened = (port) => {
          store = port;
          resolve(port);
        };
      });
  const stdout = ctx.stdout as NodeJS.WriteStream;
  const stdin = ctx.stdin as NodeJS.ReadStream;
  const now = clockFrom(ctx.env);
  let current: QuizInProgress | undefined;
  let leaveLine: string | undefined;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
    // Once the shell's screen is back, so that the line stays in its scrollback.
    if (current && store) {
      saveLeftQuiz(store, { ...current, savedAt: now() }, (line) => stdout.write(`${line}\n`));
    }
  };
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => {
    restore();
    process.exit(SIGNAL_EXIT[signal]);
  };
  const signals = Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[];
  for (const s of signals) process.on(s, onSignal);
  process.on("exit", restore);

  // The parser (YAML, zod) is loaded only when a pack is read: a warm home screen never needs it.
  const load = async (ref: string): Promise<LoadedPack> => {
    const { loadPack } = await import("../io/packs.js");
    return loadPack(ref, ctx.cwd, ctx.env);
  };
  // A pack that does not load is one error line before any screen is drawn.
  const initial =
    launch.resumed?.loaded ?? (launch.startQuiz ? await load(launch.packRef) : undefined);
  const packs = launch.startQuiz ? [] : await listPackSummaries(ctx.cwd, ctx.env);
  stdout.write(ENTER_ALT_SCREEN);
  // A terminal that shrinks rewraps the old frame into more rows than Ink knows of; start the
  // redraw from a clean screen. Registered before Ink's own listener, so it runs first.
  const onResize = () => stdout.write(CLEAR_SCREEN);
  stdout.on("resize", onResize);
  try {
    const instance = render(
      <App
        packs={packs}
        load={load}
        initial={initial}
        initialSession={launch.resumed?.session}
        progress={store ?? ready}
        now={now}
        options={launch.options}
        packRef={launch.packRef}
        localeLang={localeLanguage(ctx.env)}
        theme={themeFor(ctx.env)}
        onQuiz={(quiz) => {
          current = quiz;
        }}
        onLeave={(line) => {
          leaveLine = line;
        }}
      />,
      {
        stdout,
        stdin,
        stderr: ctx.stderr as NodeJS.WriteStream,
        exitOnCtrlC: false,
        patchConsole: false,
      },
    );
    if (typeof progress === "function") {
      // Ink has written the first frame by now; the store loads while the reader looks at it.
      setImmediate(() => {
        progress().then(opened, () => opened(memoryProgress()));
      });
    }
    await instance.waitUntilExit();
  } finally {
    restore();
    stdout.off("resize", onResize);
    for (const s of signals) process.off(s, onSignal);
    process.off("exit", restore);
  }
  if (leaveLine) stdout.write(`${leaveLine}\n`);
  return 0;
}
