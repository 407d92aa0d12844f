import { articleOptions, type CommandDefinition, INPUTS_ARGUMENT } from "../definition.js";
import type { QuestionsCommandOptions } from "./run.js";

export const questionsCommand: CommandDefinition<QuestionsCommandOptions> = {
  name: "questions",
  description: "list the questions of a pack or articles: generated from facts, and hand-written",
  arguments: [INPUTS_ARGUMENT],
  options: [
    { flags: "--json", description: "print the questions as JSON" },
    {
      flags: "--seed <n>",
      description: "same seed, same questions and choice order",
      wholeFrom: 0,
      default: 1,
    },
    { flags: "--count <n>", description: "how many questions (default: all)", wholeFrom: 1 },
    {
      flags: "--difficulty <level>",
      description: "easy: far-off distractors; hard: near ones",
      choices: ["easy", "hard"],
    },
    ...articleOptions("language to write in (default: the pack's)"),
  ],
  examples: [
    "newsquiz questions openai-2023-11 --count 10",
    "newsquiz questions openai-2023-11 --seed 7 --difficulty hard --json",
    "newsquiz questions article.html notes.md --count 5",
  ],
  run: async ([inputs], options, ctx) =>
    (await import("./run.js")).runQuestions(inputs as string[], options, ctx),
};
