import type { Pack } from "../facts/model.js";
import { extractionOf } from "../languages/extractions.js";
import { readArticle } from "./article.js";
import { type BuildOptions, buildPack } from "./build.js";
import { type Calibration, calibrate } from "./calibrate.js";
import { CALIBRATION } from "./calibration.js";
import { dedupeFacts } from "./shared/merge.js";
import type { ArticleFacts, ArticleInput } from "./types.js";

export type { Calibration } from "./calibrate.js";
export { isQuestionable, QUESTION_CONFIDENCE_THRESHOLD } from "./threshold.js";
export type { ArticleFacts, ArticleInput, ArticleMeta } from "./types.js";

/**
 * The facts of one article as its rules read them, each with its rule family, before calibration
 * and merging: what the eval measures rule families on.
 */
export function readDrafts(input: ArticleInput): ArticleFacts {
  return readArticle(input, extractionOf);
}

/** Gives each fact its family's measured precision, then keeps each fact once. */
export function finishArticle(drafts: ArticleFacts, cal: Calibration = CALIBRATION): ArticleFacts {
  return dedupeFacts(calibrate(drafts, cal));
}

/** Reads the facts of one article (entities, events, figures, quotes), in its own language. */
export function extractArticle(input: ArticleInput): ArticleFacts {
  return finishArticle(readDrafts(input));
}

/**
 * Reads articles and joins their facts into a pack: each fact with the sources that state it,
 * its evidence sentence, a confidence and `extracted: true`. Never throws.
 */
export function extractPack(inputs: readonly ArticleInput[], options: BuildOptions = {}): Pack {
  return buildPack(read(inputs), options);
}

/** The articles' facts one at a time, so a large pack never holds every article's drafts. */
function* read(inputs: readonly ArticleInput[]): Generator<ArticleFacts> {
  for (const input of inputs) yield lean(extractArticle(input));
}

/**
 * A pack keeps no rule's reason nor family (its facts say where they come from by their evidence
 * and confidence): dropped before the articles of a large pack are joined, they take no memory.
 */
function lean(facts: ArticleFacts): ArticleFacts {
  for (const list of [facts.events, facts.claims, facts.quotes])
    for (const f of list) {
      f.reason = "";
      f.rule = "";
    }
  return facts;
}
