import { render } from "ink";
import type { ReactElement } from "react";
import type { CommandContext } from "../context.js";
import { whenLeaving } from "../io/leave-hooks.js";
import { SIGNAL_EXIT } from "../run/interrupt.js";

// The alternate screen keeps the reader's shell scrollback as it was: leaving restores it.
const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[H";
const LEAVE_ALT_SCREEN = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";
const CLEAR_SCREEN = "\u001b[2J\u001b[H";

/** What to do around a full-screen app. */
export interface FullScreenHooks {
  /** Once the shell's screen is back, on every way out (a signal too): save, say a last line. */
  afterLeave?: () => void;
  /** Just after the first frame is out: load what the first screen did not need. */
  afterFirstFrame?: () => void;
}

/**
 * Runs an Ink app on the alternate screen until it exits. The terminal is given back as it was
 * on every way out: the app's own exit, Ctrl-C, a signal (closed terminal, kill) or a crash; a
 * signal then ends the process with its exit code.
 */
export async function runFullScreen(
  app: ReactElement,
  ctx: CommandContext,
  hooks: FullScreenHooks = {},
): Promise<void> {
  const stdout = ctx.stdout as NodeJS.WriteStream;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
    hooks.afterLeave?.();
  };
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => {
    restore();
    process.exit(SIGNAL_EXIT[signal]);
  };
  const signals = Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[];
  for (const s of signals) process.on(s, onSignal);
  process.on("exit", restore);
  // A crash (an exception no one caught) restores before its error line is printed.
  const forget = whenLeaving(restore);
  stdout.write(ENTER_ALT_SCREEN);
  // A terminal that shrinks rewraps the old frame into more rows than Ink knows of; start the
  // redraw from a clean screen. Registered before Ink's own listener, so it runs first.
  const onResize = () => stdout.write(CLEAR_SCREEN);
  stdout.on("resize", onResize);
  try {
    const instance = render(app, {
      stdout,
      stdin: ctx.stdin as NodeJS.ReadStream,
      stderr: ctx.stderr as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    // Ink has written the first frame by now.
    if (hooks.afterFirstFrame) setImmediate(hooks.afterFirstFrame);
    await instance.waitUntilExit();
  } finally {
    restore();
    stdout.off("resize", onResize);
    for (const s of signals) process.off(s, onSignal);
    process.off("exit", restore);
    forget();
  }
}
