import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { summarise } from "../core/summarise/index.js";
import { renderSummary } from "../core/summarise/listing.js";
import { safeJson } from "../core/text/inert.js";
import { type ArticleInputOptions, packFromInputs } from "./inputs.js";
import { forTerminal } from "./progress-context.js";

export interface SummaryCommandOptions extends Omit<ArticleInputOptions, "articleLang"> {
  json?: boolean;
  length: "short" | "long";
  lang?: Language;
}

/** `newsquiz summary PACK|FILES`: summary, timeline, who's who and disagreements, as text or JSON. */
export async function runSummary(
  refs: readonly string[],
  options: SummaryCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const pack = await packFromInputs(refs, options, ctx);
  const lang = options.lang ?? pack.language;
  const summary = summarise(pack, { length: options.length, lang });
  if (options.json) ctx.stdout.write(`${safeJson(summary)}\n`);
  else ctx.stdout.write(forTerminal(renderSummary(summary, pack.title, lang), ctx));
  return 0;
}
