import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { summarise } from "../core/summarise/index.js";
import { renderSummary } from "../core/summarise/listing.js";
import { loadPack } from "../io/packs.js";

export interface SummaryCommandOptions {
  json?: boolean;
  length: "short" | "long";
  lang?: Language;
}

/** `newsquiz summary PACK`: summary, timeline, who's who and disagreements, as text or JSON. */
export async function runSummary(
  ref: string,
  options: SummaryCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const { pack } = loadPack(ref, ctx.cwd, ctx.env);
  const lang = options.lang ?? pack.language;
  const summary = summarise(pack, { length: options.length, lang });
  if (options.json) ctx.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else ctx.stdout.write(renderSummary(summary, pack.title, lang));
  return 0;
}
