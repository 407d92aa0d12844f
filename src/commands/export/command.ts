import { exportFormats } from "../../core/interchange/registry.js";
import { type CommandDefinition, PACK_ARGUMENT } from "../definition.js";
import type { ExportOptions } from "./run.js";

export const exportCommand: CommandDefinition<ExportOptions> = {
  name: "export",
  description: "write a pack's questions as GIFT, Moodle XML, Aiken, Anki (tab-separated) or JSON",
  arguments: [PACK_ARGUMENT],
  options: [
    {
      flags: "--format <format>",
      description: "output format",
      // From each format's about.ts: the readers and writers are not loaded to start.
      choices: exportFormats,
    },
    { flags: "--output <file>", description: "write to this file instead of stdout" },
    {
      flags: "--generated",
      description: "also export the questions generated from the pack's facts",
    },
    { flags: "--seed <n>", description: "seed for generated questions", wholeFrom: 0, default: 1 },
  ],
  examples: [
    "newsquiz export openai-2023-11 --format xml > quiz.xml",
    "newsquiz export openai-2023-11 --format anki --output cards.txt",
  ],
  run: async ([pack], options, ctx) =>
    (await import("./run.js")).runExport(pack as string, options, ctx),
};
