import { importFormats } from "../../core/interchange/registry.js";
import type { CommandDefinition } from "../definition.js";
import type { ImportOptions } from "./run.js";

export const importCommand: CommandDefinition<ImportOptions> = {
  name: "import",
  description:
    "import GIFT, Moodle XML, Aiken, Anki or JSON questions into a pack (a new one unless --pack)",
  arguments: [
    { name: "<file>", description: "a question file; its format is told from what it holds" },
  ],
  options: [
    { flags: "--pack <id>", description: "add to this pack (made if it does not exist)" },
    {
      flags: "--format <format>",
      description: "read the file as this format",
      // From each format's about.ts: the readers and writers are not loaded to start.
      choices: importFormats,
    },
    { flags: "--strict", description: "import nothing when any question is malformed" },
  ],
  examples: [
    "newsquiz import quiz.gift",
    "newsquiz import questions.txt --format aiken --pack my-pack --strict",
  ],
  run: async ([file], options, ctx) =>
    (await import("./run.js")).runImport(file as string, options, ctx),
};
