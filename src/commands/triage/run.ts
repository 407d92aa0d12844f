import type { CommandContext } from "../../context.js";
import type { Language } from "../../core/facts/model.js";
import { msg } from "../../core/i18n/msg.js";
import { reviewsOf, triageQueue } from "../../core/triage/queue.js";
import { startTriage, type TriageSession, triageCounts } from "../../core/triage/session.js";
import { progressText } from "../../core/triage/transcript.js";
import { UserError } from "../../errors.js";
import { displayPath, type LoadedPack, loadPack } from "../../io/packs.js";
import { saveDecisions } from "../../io/save-review.js";
import { reportError } from "../../report-error.js";
import { SIGNAL_EXIT } from "../../run/interrupt.js";
import { runTriageLines } from "../../triage/line-mode.js";

/** `newsquiz triage` options as commander hands them over. */
export interface TriageOptions {
  plain?: boolean;
  lang?: Language;
  /** Go over every extracted fact, those already reviewed too. */
  all?: boolean;
}

/**
 * `newsquiz triage PACK`: the pack's extracted facts awaiting review, one at a time, most
 * questioned first: accept, reject, edit, undo, skip. Full screen in a terminal; line mode with
 * --plain or without one. The decisions are written into the pack when the reviewer leaves,
 * however they leave (q, Ctrl-C, a closed terminal).
 */
export async function runTriage(
  ref: string,
  options: TriageOptions,
  ctx: CommandContext,
): Promise<number> {
  const loaded = loadPack(ref, ctx.cwd, ctx.env);
  if (loaded.origin === "builtin") {
    throw new UserError("error.triage.builtin", { id: loaded.pack.id });
  }
  return triagePack(loaded, options, ctx);
}

/** Reviews a loaded pack's facts (also what `add` opens when asked to), then saves. */
export async function triagePack(
  loaded: LoadedPack,
  options: TriageOptions,
  ctx: CommandContext,
): Promise<number> {
  const { pack } = loaded;
  const lang = options.lang ?? pack.language;
  const shown = displayPath(loaded.file, ctx.cwd);
  let session: TriageSession = startTriage(triageQueue(pack, options.all), reviewsOf(pack));
  // Nothing to review opens no screen: one line says so, and how far the review has come.
  if (session.queue.length === 0) {
    const counts = triageCounts(session);
    const more = counts.total > 0 ? ` ${msg(lang, "triage.done.again")}` : "";
    ctx.stdout.write(`${msg(lang, "triage.done.nothing")} ${progressText(counts, lang)}${more}\n`);
    return 0;
  }
  let saved = false;
  let code = 0;
  // Saves once, whichever way out comes first: the end, a signal, the screen's last moment (the
  // terminal is back by then, so that what it says lands on the reader's own screen).
  const save = () => {
    if (saved) return;
    saved = true;
    try {
      const { missing } = saveDecisions(loaded, shown, session.decisions);
      for (const id of missing) {
        ctx.stderr.write(
          `newsquiz: ${shown}: ${id} is no longer in the pack; its decision was not saved\n`,
        );
      }
    } catch (error) {
      code = reportError(error, ctx);
      return;
    }
    if (session.decisions.size > 0) {
      ctx.stdout.write(
        `${msg(lang, "triage.now.saved", { file: shown })} ${progressText(triageCounts(session), lang)}\n`,
      );
    }
  };
  const track = (s: TriageSession) => {
    session = s;
  };
  const interactive = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY);
  if (interactive && !options.plain) {
    const { runTriageTui } = await import("../../ui/run-triage.js");
    await runTriageTui({ pack, session, lang }, ctx, track, save);
  } else {
    const release = saveOnSignal(save);
    try {
      await runTriageLines(pack, pack.title, session, lang, {
        input: ctx.stdin,
        output: ctx.stdout,
        echo: !ctx.stdin.isTTY,
        onSession: track,
      });
    } finally {
      release();
    }
  }
  save();
  return code;
}

/** Until released, Ctrl-C, a closed terminal or a kill saves, then ends with the signal's code. */
function saveOnSignal(save: () => void): () => void {
  const signals = Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[];
  const handler = (signal: keyof typeof SIGNAL_EXIT) => {
    save();
    process.exit(SIGNAL_EXIT[signal]);
  };
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
