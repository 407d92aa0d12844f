import type { CommandDefinition } from "../definition.js";
import type { StatsOptions } from "./run.js";

export const statsCommand: CommandDefinition<StatsOptions> = {
  name: "stats",
  description: "your history: answers, accuracy by day, weakest kinds and facts, leeches, flags",
  options: [
    { flags: "--json", description: "print the statistics as JSON" },
    {
      flags: "--lang <lang>",
      description: "language of the text: fr or en (default: your setting, then the locale)",
    },
  ],
  notes: ["Progress is kept in $NEWSQUIZ_HOME/progress (else the platform's data folder)."],
  examples: ["newsquiz stats", "newsquiz stats --json"],
  run: async (_args, options, ctx) => (await import("./run.js")).runStats(options, ctx),
};
