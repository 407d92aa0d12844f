import type { CommandDefinition } from "../definition.js";

export const lintCommand: CommandDefinition = {
  name: "lint",
  description: "validate packs; errors are printed as file:line:col: message",
  arguments: [{ name: "<packs...>", description: "pack ids or paths" }],
  examples: ["newsquiz lint openai-2023-11", "newsquiz lint questions/*/pack.yaml"],
  run: async ([packs], _options, ctx) => (await import("./run.js")).runLint(packs as string[], ctx),
};
