import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { wrapText } from "../core/text/fit-width.js";
import { UsageError } from "../errors.js";
import { interfaceLanguage } from "../io/locale.js";
import { discoverPacks, type LoadedPack, loadPackAt } from "../io/packs.js";
import { savedLanguage } from "../io/settings-file.js";

export { openStore } from "./store.js";

/**
 * The interface's language (see interfaceLanguage): `--lang`, else the one the command line
 * resolved, else the saved setting, else the environment's, else English.
 */
export function uiLanguage(flag: string | undefined, ctx: CommandContext): Language {
  if (flag !== undefined) {
    if (flag === "fr" || flag === "en") return flag;
    throw new UsageError(`--lang: "${flag}" is not a language newsquiz speaks; expected fr or en`);
  }
  return ctx.lang ?? interfaceLanguage(undefined, savedLanguage(ctx.env), ctx.env);
}

/**
 * Text for standard output: word-wrapped to the terminal's width when it is a terminal (so that
 * no word is split where the terminal would cut it), as it is when piped.
 */
export function forTerminal(text: string, ctx: CommandContext): string {
  return ctx.stdout.isTTY ? wrapText(text, outputColumns(ctx)) : text;
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
