import type { CommandContext } from "../context.js";
import { factsJson } from "../core/facts/json.js";
import { renderFactsListing } from "../core/facts/listing.js";
import { safeJson } from "../core/text/inert.js";
import { loadPack } from "../io/packs.js";

export interface FactsOptions {
  json?: boolean;
}

/** `newsquiz facts PACK`: the facts of a pack, as a listing or as JSON. */
export async function runFacts(
  ref: string,
  options: FactsOptions,
  ctx: CommandContext,
): Promise<number> {
  const { pack } = loadPack(ref, ctx.cwd, ctx.env);
  if (options.json) ctx.stdout.write(`${safeJson(factsJson(pack))}\n`);
  else ctx.stdout.write(renderFactsListing(pack));
  return 0;
}
