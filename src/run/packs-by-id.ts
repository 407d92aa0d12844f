import type { CommandContext } from "../context.js";
import { discoverPacks, type LoadedPack, loadPackAt } from "../io/packs.js";

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
