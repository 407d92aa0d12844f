import { BUILTIN_PACK_ID } from "../../io/paths.js";
import { type CommandDefinition, langOption, PLAIN_OPTION } from "../definition.js";
import type { PlayCommandOptions } from "./run.js";

export const playCommand: CommandDefinition<PlayCommandOptions> = {
  name: "play",
  description:
    "quiz yourself on a pack (Ink screens; line mode without a terminal or with --plain)",
  arguments: [
    {
      name: "[pack]",
      description: `pack id or path to a pack.yaml (default: ${BUILTIN_PACK_ID})`,
    },
  ],
  options: [
    { flags: "--count <n>", description: "how many questions (default: 10)", wholeFrom: 1 },
    {
      flags: "--seed <n>",
      description: "same seed, same quiz (picked from the clock and printed when omitted)",
      wholeFrom: 0,
    },
    {
      flags: "--difficulty <level>",
      description: "question difficulty",
      choices: ["easy", "hard"],
    },
    langOption(
      "language of the interface and of generated questions (default: your setting, then the locale)",
    ),
    {
      flags: "--certainty",
      description:
        "say how sure you are after each answer (certainty-based marking); default: your setting",
    },
    { flags: "--no-certainty", description: "no certainty this time, whatever your setting" },
    PLAIN_OPTION,
    {
      flags: "--resume",
      description: "take up again the quiz you left unfinished (Ctrl-C, a closed terminal)",
    },
  ],
  examples: [
    "newsquiz play openai-2023-11 --count 5",
    "printf '2\\n1\\n3\\n' | newsquiz play openai-2023-11 --count 3 --seed 7",
    "newsquiz play --resume",
  ],
  run: async ([pack], options, ctx) =>
    (await import("./run.js")).runPlay(pack as string | undefined, options, ctx),
};
