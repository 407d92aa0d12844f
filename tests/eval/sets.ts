// The sets of articles the eval measures extraction on, each article with its gold facts in the
// corpus's format (../shared/corpus/README.md, typed in score.ts). A set is a plain list of
// `EvalItem`s: another set joins the eval by a function that returns its items, listed in
// `evalSets` below; `triageSet` is one, for the facts a person accepted, edited or rejected.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { formatOf, prepareArticle } from "../../src/core/extract/prepare.js";
import type { ArticleInput } from "../../src/core/extract/types.js";
import type { EvalCase } from "../../src/core/triage/eval-set.js";
import type { Gold, GoldClaim, GoldQuote } from "./score.js";

/** One article to read and the facts it states. */
export interface EvalItem {
  /** Short name, unique within its set: the file name without its extension. */
  name: string;
  lang: string;
  input: ArticleInput;
  gold: Gold;
}

/** A named list of articles; `measure` sets are the ones calibration and the ratchet use. */
export interface EvalSet {
  name: string;
  /** What the set is, in a few words, for the eval's report. */
  about: string;
  items: EvalItem[];
  /** True for the development corpus: calibration is measured on it alone. */
  measure: boolean;
}

const SHARED = join(import.meta.dirname, "..", "..", "..", "shared");
export const CORPUS_DIR = join(SHARED, "corpus");
export const SEEDS_DIR = join(SHARED, "seeds");
const SEED_GOLD_DIR = join(import.meta.dirname, "gold");

/** An article file read as `newsquiz facts FILE` reads it: front matter, format, metadata. */
export function articleInput(file: string): ArticleInput {
  const raw = readFileSync(file, "utf8");
  return prepareArticle(raw, formatOf(basename(file), raw), {});
}

/**
 * The development corpus: 32 real press excerpts with exhaustive gold facts, or null when
 * ../shared/corpus is not there (its texts are copyrighted and never enter the repository).
 */
export function corpusSet(dir = CORPUS_DIR): EvalSet | null {
  const articles = join(dir, "articles");
  const golds = join(dir, "gold");
  if (!existsSync(articles) || !existsSync(golds)) return null;
  const items = readdirSync(golds)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const name = basename(f, ".json");
      const gold = JSON.parse(readFileSync(join(golds, f), "utf8")) as Gold;
      const input = articleInput(join(articles, `${name}.txt`));
      return { name, lang: input.meta.lang ?? gold.lang ?? "??", input, gold };
    });
  return { name: "corpus", about: "real press excerpts, exhaustive gold", items, measure: true };
}

interface SeedGold {
  assumePublished?: string | Date;
  events?: {
    type: string;
    actor?: string;
    target?: string;
    date?: string | Date;
    key?: boolean;
  }[];
  claims?: (GoldClaim & { key?: boolean })[];
  quotes?: { speaker: string; words: string[]; key?: boolean }[];
}

const day = (d: string | Date | undefined) =>
  d instanceof Date ? d.toISOString().slice(0, 10) : d;

/**
 * The five seed pages of the built-in pack, with the key facts the team wrote for them
 * (tests/eval/gold/*.yaml), put in the corpus's format: `key: false` is `optional`, a quote's
 * first group of words its `text_start`. Their gold lists key facts, not every fact: precision
 * there is a floor. Null when ../shared/seeds is not there.
 */
export function seedSet(dir = SEEDS_DIR): EvalSet | null {
  if (!existsSync(dir)) return null;
  const items = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const name = basename(f, ".txt");
      const seed = parse(readFileSync(join(SEED_GOLD_DIR, `${name}.yaml`), "utf8")) as SeedGold;
      const published = day(seed.assumePublished);
      const raw = readFileSync(join(dir, f), "utf8");
      const input = prepareArticle(raw, "text", published ? { published } : {});
      const gold: Gold = {
        events: (seed.events ?? []).map(({ key, date, ...e }) => ({
          ...e,
          date: day(date) ?? null,
          optional: key === false,
        })),
        claims: (seed.claims ?? []).map(({ key, ...c }) => ({ ...c, optional: key === false })),
        quotes: (seed.quotes ?? []).map(
          ({ key, speaker, words }): GoldQuote => ({
            speaker,
            text_start: words[0] ?? "",
            optional: key === false,
          }),
        ),
      };
      return { name, lang: input.meta.lang ?? "fr", input, gold };
    });
  return {
    name: "seeds",
    about: "the built-in pack's pages, key facts only",
    items,
    measure: false,
  };
}

/**
 * A pack's triage decisions as a set (src/core/triage/eval-set.ts makes the cases: accepted and
 * edited facts as gold, rejected ones under `rejected`, which scoring ignores). Its gold is not
 * exhaustive, so it is measured, never calibrated on.
 */
export function triageSet(cases: readonly EvalCase[], name = "triage"): EvalSet {
  const items = cases.map((c) => {
    const input = prepareArticle(c.article, formatOf(`${c.name}.txt`, c.article), {});
    return { name: c.name, lang: input.meta.lang ?? c.gold.lang, input, gold: c.gold as Gold };
  });
  return { name, about: "a pack's reviewed facts, not exhaustive", items, measure: false };
}

/** Every set whose files are there. */
export function evalSets(): EvalSet[] {
  return [corpusSet(), seedSet()].filter((s): s is EvalSet => s !== null);
}
