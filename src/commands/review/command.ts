import { type CommandDefinition, PLAIN_OPTION } from "../definition.js";
import type { ReviewOptions } from "./run.js";

export const reviewCommand: CommandDefinition<ReviewOptions> = {
  name: "review",
  description:
    "review what is due across packs, in order, each fact asked at the level it has reached",
  options: [
    {
      flags: "--cram <pack>",
      description: "every fact of a pack, whatever its due date, weakest first",
    },
    { flags: "--missed <pack>", description: "what was missed in the last session of a pack" },
    { flags: "--count <n>", description: "at most this many questions" },
    { flags: "--list", description: "show the review instead of asking it" },
    { flags: "--json", description: "print the review as JSON instead of asking it" },
    {
      flags: "--at <date>",
      description:
        "with --list or --json: as of this moment (YYYY-MM-DDTHH:MM) or the end of this day (YYYY-MM-DD)",
    },
    { flags: "--seed <n>", description: "seed of the generated questions (default: one per day)" },
    PLAIN_OPTION,
    {
      flags: "--lang <lang>",
      description: "language of the text: fr or en (default: your setting, then the locale)",
    },
  ],
  notes: ["Without a terminal, the questions are asked line by line, as newsquiz play does."],
  examples: [
    "newsquiz review",
    "newsquiz review --cram openai-2023-11 --count 10",
    "newsquiz review --missed openai-2023-11 --json",
    "newsquiz review --list --at 2024-03-20",
  ],
  run: async (_args, options, ctx) => (await import("./run.js")).runReview(options, ctx),
};
