import { type CommandDefinition, langOption, PACK_ARGUMENT } from "../definition.js";
import type { TriageOptions } from "./run.js";

export const triageCommand: CommandDefinition<TriageOptions> = {
  name: "triage",
  description: "review a pack's extracted facts one at a time: accept, reject or edit each",
  arguments: [PACK_ARGUMENT],
  options: [
    { flags: "--plain", description: "line mode instead of the full screen" },
    { flags: "--all", description: "also go over the facts already reviewed" },
    langOption("language of the review (default: the pack's)"),
  ],
  examples: ["newsquiz triage greve-acme", "printf 'a\\nx\\nq\\n' | newsquiz triage greve-acme"],
  run: async ([pack], options, ctx) =>
    (await import("./run.js")).runTriage(pack as string, options, ctx),
};
