import type { CommandContext } from "../context.js";
import {
  openProgressStore,
  type ProgressStore,
  progressDir,
} from "../io/progress/progress-store.js";

/**
 * The progress store of the user's data folder; its notices go to stderr, one line each. A
 * file of its own, so that the home screen opens the store without loading the pack parser.
 */
export function openStore(ctx: CommandContext): ProgressStore {
  return openProgressStore({
    dir: progressDir(ctx.env),
    warn: (line) => ctx.stderr.write(`${line}\n`),
    lang: ctx.lang,
  });
}
