import type { CommandDefinition } from "../definition.js";

export const configCommand: CommandDefinition = {
  name: "config",
  description: "show or change a setting: lang (fr, en or auto), certainty (on or off)",
  arguments: [
    { name: "[key]", description: "the setting: lang or certainty" },
    { name: "[value]", description: "its new value" },
  ],
  examples: ["newsquiz config", "newsquiz config lang fr", "newsquiz config lang auto"],
  run: async ([key, value], _options, ctx) =>
    (await import("./run.js")).runConfig(
      key as string | undefined,
      value as string | undefined,
      ctx,
    ),
};
