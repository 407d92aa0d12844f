import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { generateQuestions } from "../core/generate/index.js";
import { questionsJson } from "../core/generate/json.js";
import { renderQuestions } from "../core/generate/listing.js";
import type { Difficulty } from "../core/question/model.js";
import { loadPack } from "../io/packs.js";

export interface QuestionsCommandOptions {
  json?: boolean;
  seed: number;
  count?: number;
  difficulty?: Difficulty;
  lang?: Language;
}

/** `newsquiz questions PACK`: the generated and hand-written questions, ranked. */
export async function runQuestions(
  ref: string,
  options: QuestionsCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const { pack } = loadPack(ref, ctx.cwd, ctx.env);
  const lang = options.lang ?? pack.language;
  const questions = generateQuestions(pack, {
    seed: options.seed,
    lang,
    ...(options.count !== undefined ? { count: options.count } : {}),
    ...(options.difficulty ? { difficulty: options.difficulty } : {}),
  });
  if (options.json) {
    ctx.stdout.write(`${JSON.stringify(questionsJson(questions, lang, options.seed), null, 2)}\n`);
  } else {
    ctx.stdout.write(renderQuestions(questions, lang, options.seed));
  }
  return 0;
}
