import type { Language, Pack } from "../facts/model.js";
import type { Difficulty, Question } from "../question/model.js";
import { writtenQuestions } from "../question/written.js";

export interface GenerateOptions {
  /** Same seed, same questions in the same order with the same choice order. */
  seed: number;
  /** How many questions to return; all that pass the quality gate when omitted. */
  count?: number;
  difficulty?: Difficulty;
  /** Language of the prompts; defaults to the pack's. */
  lang?: Language;
}

/**
 * The questions of a pack: generated from its facts and its hand-written ones.
 * (Generation from facts lands with the generation issue; until then, the written questions.)
 */
export function generateQuestions(pack: Pack, options: GenerateOptions): Question[] {
  const all = writtenQuestions(pack);
  return options.count === undefined ? all : all.slice(0, options.count);
}
