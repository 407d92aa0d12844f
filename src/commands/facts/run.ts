import type { CommandContext } from "../../context.js";
import { factsJson } from "../../core/facts/json.js";
import type { Language } from "../../core/i18n/language.js";
import { renderFactsListing } from "../../core/summarise/facts-listing.js";
import { safeJson } from "../../core/text/inert.js";
import { forTerminal } from "../../run/output.js";
import { packFromInputs } from "../../run/pack-inputs.js";

export interface FactsOptions {
  json?: boolean;
  published?: string;
  lang?: Language;
  timeout?: string;
}

/**
 * `newsquiz facts PACK` or `newsquiz facts FILE|URL...`: the facts of a pack, or those extracted
 * from articles (text, Markdown, HTML, or a page to download), as a listing or as JSON.
 */
export async function runFacts(
  refs: readonly string[],
  options: FactsOptions,
  ctx: CommandContext,
): Promise<number> {
  const pack = await packFromInputs(
    refs,
    {
      ...(options.published !== undefined ? { published: options.published } : {}),
      ...(options.lang ? { articleLang: options.lang } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    },
    ctx,
  );
  print(pack, options, ctx);
  return 0;
}

function print(
  pack: Parameters<typeof factsJson>[0],
  options: FactsOptions,
  ctx: CommandContext,
): void {
  if (options.json) ctx.stdout.write(`${safeJson(factsJson(pack))}\n`);
  else ctx.stdout.write(forTerminal(renderFactsListing(pack), ctx));
}
