import { articleOptions, type CommandDefinition } from "../definition.js";
import type { FactsOptions } from "./run.js";

export const factsCommand: CommandDefinition<FactsOptions> = {
  name: "facts",
  description: "list the facts of a pack, or read them from article files or pages",
  arguments: [
    {
      name: "<inputs...>",
      description: "a pack id or pack.yaml path, or article files / URLs (text, Markdown, HTML)",
    },
  ],
  options: [
    { flags: "--json", description: "print the facts as JSON" },
    ...articleOptions("language of the articles"),
  ],
  examples: [
    "newsquiz facts openai-2023-11",
    "newsquiz facts questions/openai-2023-11/pack.yaml --json",
    "newsquiz facts article.html notes.md --published 2023-11-21",
    "newsquiz facts https://example.org/news/story.html --json",
  ],
  run: async ([inputs], options, ctx) =>
    (await import("./run.js")).runFacts(inputs as string[], options, ctx),
};
