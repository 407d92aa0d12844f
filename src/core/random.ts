// The core has no randomness of its own: everything that shuffles takes a seed, so that the same
// seed gives the same quiz. mulberry32 is tiny, fast and good enough for shuffling choices.

/** A seeded source of pseudo-random numbers. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A shuffled copy of the items (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** One of the items, or undefined when there are none. */
  pick<T>(items: readonly T[]): T | undefined;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    pick<T>(items: readonly T[]): T | undefined {
      return items.length === 0 ? undefined : items[int(items.length)];
    },
  };
}

/** A short stable hash of a text (FNV-1a, base 36), for ids that must not depend on order. */
export function hashText(text: string): string {
  return fnv1a(FNV_OFFSET, text).toString(36);
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of `text` continued from the hash `h`, as an unsigned 32-bit integer. */
function fnv1a(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seed derived from a text, to give each question its own reproducible stream: the hash of
 * the parts joined by NUL, computed part by part (ranking asks for one per question).
 */
export function seedFrom(...parts: (string | number)[]): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) h = fnv1a(h, "\u0000");
    h = fnv1a(h, String(parts[i]));
  }
  return h;
}
