import { articleOptions, type CommandDefinition } from "../definition.js";
import type { AddOptions } from "./run.js";

export const addCommand: CommandDefinition<AddOptions> = {
  name: "add",
  description: "read articles (files or URLs) into a pack, as extracted facts to review",
  arguments: [
    { name: "<inputs...>", description: "article files (text, Markdown, HTML) or http(s) URLs" },
  ],
  options: [
    {
      flags: "--pack <id>",
      description: "the pack to create or extend (default: from the first title)",
    },
    { flags: "--title <title>", description: "title of a new pack" },
    ...articleOptions("language of the articles"),
  ],
  examples: [
    "newsquiz add article.html --pack greve-acme",
    "newsquiz add https://example.org/news/story.html notes.md --pack greve-acme",
  ],
  run: async ([inputs], options, ctx) =>
    (await import("./run.js")).runAdd(inputs as string[], options, ctx),
};
