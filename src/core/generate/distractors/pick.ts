import type { Difficulty } from "../../question/model.js";
import type { Random } from "../../random.js";

/** A possible distractor and how near it is to the answer: tier 0 is nearest. */
export interface Tiered<T> {
  value: T;
  tier: number;
  /** Drawn from the pack's own facts: preferred over made-up values at the same distance. */
  own?: boolean;
}

/**
 * Picks `count` distractors: the nearest for a hard question (near dates, near numbers, people
 * in the same role), the farthest for an easy one, and one near with the rest at random when no
 * difficulty is asked. Ties are broken by the question's own seeded stream.
 */
export function pickTiered<T>(
  candidates: readonly Tiered<T>[],
  options: {
    rng: Random;
    difficulty: Difficulty | undefined;
    count: number;
    key: (t: T) => string;
  },
): Tiered<T>[] {
  const seen = new Set<string>();
  const unique: Tiered<T>[] = [];
  for (const c of options.rng.shuffle(candidates)) {
    const k = options.key(c.value);
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(c);
  }
  const byTier = (dir: 1 | -1) =>
    [...unique].sort((a, b) => dir * (a.tier - b.tier) || Number(!!b.own) - Number(!!a.own));
  if (options.difficulty === "hard") return byTier(1).slice(0, options.count);
  if (options.difficulty === "easy") return byTier(-1).slice(0, options.count);
  const [nearest, ...rest] = byTier(1);
  if (!nearest) return [];
  return [nearest, ...options.rng.shuffle(rest).slice(0, options.count - 1)];
}

/** Up to `k` items drawn at random, so that a pool of thousands costs no more than a few. */
export function sample<T>(items: readonly T[], k: number, rng: Random): T[] {
  if (items.length <= k) return [...items];
  const out = new Set<number>();
  // Rejection sampling: k is small against the pool, so a handful of draws suffice.
  while (out.size < k) out.add(rng.int(items.length));
  return [...out].map((i) => items[i]!);
}

/** How hard the drawn distractors make a question: hard when one is among the nearest. */
export function difficultyOf(picked: readonly Tiered<unknown>[]): Difficulty {
  return picked.some((t) => t.tier <= 0) ? "hard" : "easy";
}
