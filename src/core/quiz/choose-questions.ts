import type { ItemHistory } from "../progress/port.js";

/** What choosing needs of a question: its id and the facts it tests. */
export interface Candidate {
  id: string;
  facts: readonly string[];
}

/** Why a question was chosen, in the order they are preferred. */
export type ChoiceReason = "due" | "new" | "seen";

/** What choosing is told: how many, and the moment it happens. */
export interface ChooseOptions {
  count: number;
  /** Milliseconds since 1970. */
  now: number;
}

/**
 * The questions a new quiz asks, chosen across sessions from the reader's history: facts due for
 * review first (the most overdue first), then facts never asked (in the generator's order, best
 * first), then facts asked before and not yet due, those asked longest ago first. A fact answered
 * right a moment ago is not due, so it comes last: a new quiz brings something new instead of the
 * questions the last one opened with. Each fact is asked once before any is asked twice. A
 * question that tests no fact is tracked by its own id. Without history, this is the generator's
 * order. The quiz's own order (what follows what) is another step's, after this one.
 */
export function chooseQuizQuestions<Q extends Candidate>(
  candidates: readonly Q[],
  history: readonly ItemHistory[],
  options: ChooseOptions,
): Q[] {
  const known = new Map<string, ItemHistory>();
  for (const h of history) known.set(keyOf(h.ref), h);
  const ranked = candidates.map((question, rank) => ({
    question,
    rank,
    keys: itemKeys(question),
    ...standing(itemKeys(question), known, options.now),
  }));
  ranked.sort(
    (a, b) => ORDER[a.reason] - ORDER[b.reason] || a.sortKey - b.sortKey || a.rank - b.rank,
  );
  const chosen: typeof ranked = [];
  const asked = new Set<string>();
  // First one question per fact, then (a quiz longer than the facts) the others, in that order.
  for (const entry of ranked) {
    if (chosen.length >= options.count) break;
    if (entry.keys.some((k) => asked.has(k))) continue;
    chosen.push(entry);
    for (const k of entry.keys) asked.add(k);
  }
  for (const entry of ranked) {
    if (chosen.length >= options.count) break;
    if (!chosen.includes(entry)) chosen.push(entry);
  }
  return chosen.map((e) => e.question);
}

const ORDER: Record<ChoiceReason, number> = { due: 0, new: 1, seen: 2 };

/** Why a question would be chosen, and what orders it among its kind (earliest first). */
export function standing(
  keys: readonly string[],
  known: ReadonlyMap<string, ItemHistory>,
  now: number,
): { reason: ChoiceReason; sortKey: number } {
  const past = keys.flatMap((k) => {
    const h = known.get(k);
    return h ? [h] : [];
  });
  if (past.length === 0) return { reason: "new", sortKey: 0 };
  const due = Math.min(...past.map((h) => Date.parse(h.due)));
  if (due <= now) return { reason: "due", sortKey: due };
  // A question on a fact never asked, beside one asked, still brings something new.
  if (past.length < keys.length) return { reason: "new", sortKey: 0 };
  return { reason: "seen", sortKey: Math.max(...past.map((h) => Date.parse(h.lastAsked))) };
}

function itemKeys(q: Candidate): string[] {
  return q.facts.length > 0 ? q.facts.map((f) => `f\0${f}`) : [`q\0${q.id}`];
}

function keyOf(ref: ItemHistory["ref"]): string {
  return "fact" in ref ? `f\0${ref.fact}` : `q\0${ref.question}`;
}
