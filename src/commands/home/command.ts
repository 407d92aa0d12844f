import type { Language } from "../../core/facts/model.js";
import { type CommandDefinition, langOption } from "../definition.js";

/** Bare `newsquiz`: the home screen. Its options are the program's own. */
export const homeCommand: CommandDefinition<{ lang?: Language }> = {
  name: "newsquiz",
  description: "Turn news articles into facts, summaries and quizzes in the terminal.",
  options: [langOption("language of the screens")],
  run: async (_args, options, ctx) => (await import("./run.js")).runHome(options, ctx),
};
