// Runs extraction over eval sets and measures it: each article read once into drafts (facts with
// their rule family, not yet calibrated), then calibrated, merged and written as `newsquiz facts
// --json` writes them, and scored (score.ts). Calibration counts how often each rule family was
// right; cross-validation measures articles with counts taken from the other articles only.

import { buildPack } from "../../src/core/extract/build.js";
import { familyPaths } from "../../src/core/extract/calibrate.js";
import {
  type ArticleFacts,
  type Calibration,
  finishArticle,
  readDrafts,
} from "../../src/core/extract/index.js";
import { factsJson } from "../../src/core/facts/json.js";
import {
  addCounts,
  type Counts,
  type Facts,
  isRight,
  KINDS,
  type Kind,
  noCounts,
  type Score,
  scoreArticle,
} from "./score.js";
import type { EvalItem, EvalSet } from "./sets.js";

/** An article read once: its drafts are calibrated again for each measure. */
export interface Reading {
  item: EvalItem;
  drafts: ArticleFacts;
}

export function readSet(set: EvalSet): Reading[] {
  return set.items.map((item) => ({ item, drafts: readDrafts(item.input) }));
}

/** The article's facts as `newsquiz facts ARTICLE --json` prints them, under a calibration. */
export function factsOf(drafts: ArticleFacts, cal: Calibration): Facts {
  return factsJson(buildPack([finishArticle(drafts, cal)], { id: "articles" })) as Facts;
}

/** Drafts in the shape the scorer reads, entity keys standing for ids. */
function draftFacts(drafts: ArticleFacts): Facts {
  return {
    entities: drafts.entities.map((e) => ({ id: e.key, name: e.name, aliases: [...e.aliases] })),
    events: drafts.events,
    claims: drafts.claims,
    quotes: drafts.quotes,
  };
}

/** One draft fact and whether it is right: what a rule family's precision is counted from. */
export interface Observation {
  article: string;
  kind: Kind;
  rule: string;
  right: boolean;
}

export function observe(readings: readonly Reading[]): Observation[] {
  const out: Observation[] = [];
  for (const { item, drafts } of readings) {
    const doc = draftFacts(drafts);
    for (const kind of KINDS) {
      for (const fact of drafts[kind]) {
        out.push({
          article: item.name,
          kind,
          rule: fact.rule,
          right: isRight(kind, item.gold, doc, fact as never),
        });
      }
    }
  }
  return out;
}

/** How often each family (and each of its parents) was right among the observations. */
export function countFamilies(
  observations: readonly Observation[],
  measuredOn: string,
  strength: number,
): Calibration {
  const counts: Record<string, [number, number]> = {};
  for (const o of observations) {
    for (const path of familyPaths(o.rule)) {
      const c = counts[path] ?? [0, 0];
      counts[path] = c;
      c[0]++;
      if (o.right) c[1]++;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(counts)
      .sort()
      .map((k) => [k, counts[k]!]),
  );
  return { measuredOn, strength, counts: sorted };
}

/** The scores of one article. */
export interface ArticleScore {
  item: EvalItem;
  facts: Facts;
  score: Score;
}

export function scoreAll(
  readings: readonly Reading[],
  calFor: (item: EvalItem) => Calibration,
  threshold: number,
): ArticleScore[] {
  return readings.map(({ item, drafts }) => {
    const facts = factsOf(drafts, calFor(item));
    return { item, facts, score: scoreArticle(facts, item.gold, threshold) };
  });
}

/** Sums per kind, for all articles or those `keep` accepts. */
export function totals(
  scores: readonly ArticleScore[],
  keep: (s: ArticleScore) => boolean = () => true,
): Record<Kind | "all", Counts> {
  const out = { events: noCounts(), claims: noCounts(), quotes: noCounts(), all: noCounts() };
  for (const s of scores) {
    if (!keep(s)) continue;
    for (const kind of KINDS) {
      addCounts(out[kind], s.score[kind]);
      addCounts(out.all, s.score[kind]);
    }
  }
  return out;
}

/**
 * Each article measured with a calibration counted on the other articles only, those that
 * `foldOf` puts in another fold (its own name: leave one article out; a half: two-fold).
 */
export function crossValidate(
  readings: readonly Reading[],
  observations: readonly Observation[],
  foldOf: (article: string) => string,
  strength: number,
  threshold: number,
): ArticleScore[] {
  const cals = new Map<string, Calibration>();
  const calFor = (item: EvalItem) => {
    const fold = foldOf(item.name);
    let cal = cals.get(fold);
    if (!cal) {
      cal = countFamilies(
        observations.filter((o) => foldOf(o.article) !== fold),
        `all but ${fold}`,
        strength,
      );
      cals.set(fold, cal);
    }
    return cal;
  };
  return scoreAll(readings, calFor, threshold);
}

/** Facts at every confidence, grouped by confidence bucket: is confidence what it says? */
export interface Bucket {
  from: number;
  to: number;
  facts: number;
  right: number;
  /** Mean confidence of the bucket's facts. */
  mean: number;
}

export function calibrationTable(scores: readonly ArticleScore[], edges: readonly number[]) {
  const buckets: Bucket[] = edges.slice(0, -1).map((from, i) => ({
    from,
    to: edges[i + 1]!,
    facts: 0,
    right: 0,
    mean: 0,
  }));
  for (const { item, facts } of scores) {
    for (const kind of KINDS) {
      for (const x of facts[kind] ?? []) {
        const c = x.confidence ?? 1;
        const b = buckets.find((b) => c >= b.from && (c < b.to || b.to >= 1)) ?? buckets.at(-1)!;
        b.facts++;
        b.mean += c;
        if (isRight(kind, item.gold, facts, x as never)) b.right++;
      }
    }
  }
  for (const b of buckets) b.mean = b.facts ? b.mean / b.facts : 0;
  return buckets;
}
