import type { CommandContext } from "../../context.js";
import type { Language } from "../../core/facts/model.js";
import { generateQuestions } from "../../core/generate/index.js";
import { questionsJson } from "../../core/generate/json.js";
import { renderQuestions } from "../../core/generate/listing.js";
import type { Difficulty } from "../../core/question/model.js";
import { safeJson } from "../../core/text/inert.js";
import { type ArticleInputOptions, packFromInputs } from "../../run/pack-inputs.js";

export interface QuestionsCommandOptions extends Omit<ArticleInputOptions, "articleLang"> {
  json?: boolean;
  seed: number;
  count?: number;
  difficulty?: Difficulty;
  lang?: Language;
}

/** `newsquiz questions PACK|FILES`: the generated and hand-written questions, ranked. */
export async function runQuestions(
  refs: readonly string[],
  options: QuestionsCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const pack = await packFromInputs(refs, options, ctx);
  const lang = options.lang ?? pack.language;
  const questions = generateQuestions(pack, {
    seed: options.seed,
    lang,
    ...(options.count !== undefined ? { count: options.count } : {}),
    ...(options.difficulty ? { difficulty: options.difficulty } : {}),
  });
  if (options.json) {
    ctx.stdout.write(`${safeJson(questionsJson(questions, lang, options.seed))}\n`);
  } else {
    ctx.stdout.write(renderQuestions(questions, lang, options.seed));
  }
  return 0;
}
