import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { UsageError } from "../errors.js";
import { discoverPacks, type LoadedPack, loadPackAt } from "../io/packs.js";

export { openStore } from "./store.js";

/** The language of `stats` and `review`: `--lang`, else the locale's, else English. */
export function uiLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (flag !== undefined) {
    if (flag === "fr" || flag === "en") return flag;
    throw new UsageError(`--lang: "${flag}" is not a language newsquiz speaks; expected fr or en`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** How wide the output may be: the terminal's width, else $COLUMNS, else 80. */
export function outputColumns(ctx: CommandContext): number {
  const fromTerminal = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  return fromTerminal || Number(ctx.env.COLUMNS) || 80;
}

/**
 * The packs the log names, by id (the log keeps ids, not paths), read quietly: a pack moved,
 * deleted or broken since is absent from the map, and statistics and reviews go on without it.
 */
export function packsById(ids: Iterable<string>, ctx: CommandContext): Map<string, LoadedPack> {
  const wanted = new Set(ids);
  const found = new Map<string, LoadedPack>();
  for (const location of discoverPacks(ctx.cwd, ctx.env)) {
    if (!wanted.has(location.id)) continue;
    const loaded = loadPackAt(location, ctx.cwd).packs[0];
    if (loaded) found.set(location.id, loaded);
  }
  return found;
}
