// The ratchet: the eval's figures on the corpus, kept in tests/eval/figures.json by
// `npm run eval -- --write`. `npm test` fails when recall or precision falls more than TOLERANCE
// below them (tests/eval/corpus.test.ts); an improvement is kept by writing the file again.
import type { ArticleScore } from "./run.js";
import { totals } from "./run.js";
import { type Counts, rates } from "./score.js";
import type { EvalSet } from "./sets.js";

/** How many observations a parent family weighs in a child family's confidence. */
export const STRENGTH = 3;

/** How far a figure may fall below the ratchet before the test fails. */
export const TOLERANCE = 0.01;

export interface Rate {
  recall: number | null;
  precision: number | null;
  found: number;
  gold: number;
  correct: number;
  extracted: number;
}
export type Figures = Record<"events" | "claims" | "quotes" | "all", Rate>;

export interface Ratchet {
  threshold: number;
  /** Calibrated on the whole corpus and measured on it. */
  inSample: Figures;
  /** Each article measured with confidences counted on the other articles only. */
  heldOut: Figures;
}

function rate(c: Counts): Rate {
  const r = rates(c);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return { recall: round(r.recall), precision: round(r.precision), ...c };
}

function figures(scores: readonly ArticleScore[]): Figures {
  const t = totals(scores);
  return {
    events: rate(t.events),
    claims: rate(t.claims),
    quotes: rate(t.quotes),
    all: rate(t.all),
  };
}

export function figuresOf(
  threshold: number,
  inSample: readonly ArticleScore[],
  heldOut: readonly ArticleScore[],
): Ratchet {
  return { threshold, inSample: figures(inSample), heldOut: figures(heldOut) };
}

/** What fell: one line per figure more than TOLERANCE below the ratchet. */
export function regressions(kept: Ratchet, now: Ratchet): string[] {
  const out: string[] = [];
  for (const part of ["inSample", "heldOut"] as const) {
    for (const kind of ["events", "claims", "quotes", "all"] as const) {
      for (const measure of ["recall", "precision"] as const) {
        const was = kept[part][kind][measure];
        const is = now[part][kind][measure];
        if (was !== null && (is ?? 0) < was - TOLERANCE)
          out.push(`${part} ${kind} ${measure}: ${is} < ${was}`);
      }
    }
  }
  return out;
}

export function describeSet(set: EvalSet): string {
  return `${set.name}: ${set.items.length} articles (${set.about})`;
}
