import type { CommandContext } from "../context.js";
import { itemLabel } from "../core/progress/item-label.js";
import { computeStats } from "../core/progress/stats.js";
import { renderStats } from "../core/progress/stats-text.js";
import { safeJson } from "../core/text/inert.js";
import { clockFrom } from "../io/clock.js";
import { localDay } from "../io/local-time.js";
import { openStore, outputColumns, packsById, uiLanguage } from "./progress-context.js";

export interface StatsOptions {
  json?: boolean;
  lang?: string;
}

/** `newsquiz stats`: what the progress log says, as text with a chart or as JSON. */
export async function runStats(options: StatsOptions, ctx: CommandContext): Promise<number> {
  const lang = uiLanguage(options.lang, ctx);
  const store = openStore(ctx);
  const stats = computeStats(store.answers(), store.flags(), {
    now: new Date(clockFrom(ctx.env)()),
    dayOf: localDay,
    schedule: store.schedule(),
    sessions: store.sessions(),
  });
  if (options.json) {
    ctx.stdout.write(`${safeJson(stats)}\n`);
    return 0;
  }
  const packs = packsById(Object.keys(stats.packs), ctx);
  ctx.stdout.write(
    renderStats(stats, {
      lang,
      columns: outputColumns(ctx),
      dayOf: localDay,
      title: (id) => packs.get(id)?.pack.title,
      label: (ref) => {
        const loaded = packs.get(ref.pack);
        return loaded ? itemLabel(loaded.pack, ref) : undefined;
      },
      dir: store.dir,
      command: ctx.command,
    }),
  );
  return 0;
}
