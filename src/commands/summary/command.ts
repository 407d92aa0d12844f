import { articleOptions, type CommandDefinition, INPUTS_ARGUMENT } from "../definition.js";
import type { SummaryCommandOptions } from "./run.js";

export const summaryCommand: CommandDefinition<SummaryCommandOptions> = {
  name: "summary",
  description: "summarise a pack or articles: what to retain, timeline, who's who, disagreements",
  arguments: [INPUTS_ARGUMENT],
  options: [
    { flags: "--json", description: "print the summary as JSON" },
    {
      flags: "--length <length>",
      description: "short (five sentences at most) or long",
      choices: ["short", "long"],
      default: "short",
    },
    ...articleOptions("language to write in (default: the pack's)"),
  ],
  examples: [
    "newsquiz summary openai-2023-11",
    "newsquiz summary openai-2023-11 --length long --lang en --json",
    "newsquiz summary article.html --published 2023-11-21",
  ],
  run: async ([inputs], options, ctx) =>
    (await import("./run.js")).runSummary(inputs as string[], options, ctx),
};
