import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPack } from "../../src/core/extract/index.js";
import { emptyScore, type FactType, readGold, type Score, scorePage } from "./match.js";

export const SEEDS_DIR = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
export const FACT_TYPES: readonly FactType[] = ["events", "claims", "quotes"];

export interface EvalResult {
  pages: { file: string; scores: Record<FactType, Score> }[];
  total: Record<FactType, Score>;
}

/** The seed pages, or null when ../shared/seeds is not there (a clone without the seeds). */
export function seedFiles(): string[] | null {
  if (!existsSync(SEEDS_DIR)) return null;
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/** Extracts each seed page on its own and scores it against its gold. */
export function runEval(threshold: number): EvalResult | null {
  const files = seedFiles();
  if (!files) return null;
  const total = { events: emptyScore(), claims: emptyScore(), quotes: emptyScore() };
  const pages = files.map((file) => {
    const gold = readGold(file);
    const text = readFileSync(join(SEEDS_DIR, file), "utf8");
    const pack = extractPack([
      { text, meta: gold.assumePublished ? { published: gold.assumePublished } : {} },
    ]);
    const scores = scorePage(pack, gold, threshold);
    for (const type of FACT_TYPES) {
      const t = total[type];
      const s = scores[type];
      t.extracted += s.extracted;
      t.correct += s.correct;
      t.key += s.key;
      t.found += s.found;
      t.wrong.push(...s.wrong.map((w) => `${file.slice(0, 3)} ${w}`));
      t.missed.push(...s.missed.map((m) => `${file.slice(0, 3)} ${m}`));
    }
    return { file, scores };
  });
  return { pages, total };
}

export function precision(s: Score): number {
  return s.extracted === 0 ? 1 : s.correct / s.extracted;
}

export function recall(s: Score): number {
  return s.key === 0 ? 1 : s.found / s.key;
}

/** Every type together. */
export function overall(total: Record<FactType, Score>): Score {
  const all = emptyScore();
  for (const type of FACT_TYPES) {
    all.extracted += total[type].extracted;
    all.correct += total[type].correct;
    all.key += total[type].key;
    all.found += total[type].found;
  }
  return all;
}
