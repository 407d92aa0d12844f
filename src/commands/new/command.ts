import type { CommandDefinition } from "../definition.js";
import type { NewOptions } from "./run.js";

export const newCommand: CommandDefinition<NewOptions> = {
  name: "new",
  description:
    "write a pack by answering questions: sources, people, events, figures, quotes, questions",
  options: [
    { flags: "--pack <id>", description: "add to this existing pack instead of making a new one" },
  ],
  examples: ["newsquiz new", "newsquiz new --pack my-pack"],
  run: async (_args, options, ctx) => (await import("./run.js")).runNew(options, ctx),
};
