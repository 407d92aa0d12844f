import type { Source } from "../facts/model.js";
import { sourceName } from "../facts/sources.js";
import { capitalize } from "../text/capitalize.js";
import type { PhraseContext } from "./context.js";
import { joinList, word } from "./words.js";

/** How many sources an explanation names before it says "and 3 others". */
const NAMED_SOURCES = 2;

/** A source as a sentence names it; a source with no outlet, title or date by its id. */
export function nameOfSource(ctx: PhraseContext, id: string): string {
  const source: Source | undefined = ctx.index.sources.get(id);
  if (source && (source.outlet || source.title || source.published)) {
    return sourceName(source, ctx.lang);
  }
  return ctx.grammar.unnamedSource(id);
}

/** « selon MacGeneration et FredZone », "according to MacGeneration". */
export function according(ctx: PhraseContext, ids: readonly string[]): string {
  return `${word(ctx.lang, "according")} ${joinList(
    ids.map((id) => nameOfSource(ctx, id)),
    ctx.lang,
  )}`;
}

/** « Selon MacGeneration, » at the start of a sentence. */
export function accordingLead(ctx: PhraseContext, ids: readonly string[]): string {
  return `${capitalize(according(ctx, ids))}, `;
}

/** « Sources : MacGeneration, FredZone et 3 autres. » closing an explanation. */
export function sourcesNote(ctx: PhraseContext, ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return "";
  const label = word(ctx.lang, unique.length === 1 ? "source" : "sources");
  const names = unique.slice(0, NAMED_SOURCES).map((id) => nameOfSource(ctx, id));
  const more = unique.length - names.length;
  if (more > 0) names.push(`${more} ${word(ctx.lang, more === 1 ? "other" : "others")}`);
  return `${label}${word(ctx.lang, "colon")}${joinList(names, ctx.lang)}.`;
}
