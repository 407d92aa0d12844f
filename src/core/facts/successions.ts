import { fold } from "../text/fold.js";
import { periodsMeet } from "./dates.js";
import type { FactEvent } from "./model.js";

/** Two partial dates that may name the same day: equal, or one contains the other. */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);
}

/**
 * Events that filled one post in turn: the same type, post and organisation, a different holder
 * each time, on dates that can be told apart (Mira Murati, then Emmett Shear, as interim CEO).
 * Each group is in date order; events outside any group are not returned.
 */
export function successions(events: readonly FactEvent[]): FactEvent[][] {
  const groups = new Map<string, FactEvent[]>();
  for (const event of events) {
    // What was only announced fills no post yet.
    if (event.text !== undefined || event.status || !event.role || !event.target || !event.date) {
      continue;
    }
    const key = `${event.type}|${fold(event.role)}|${event.org ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  const out: FactEvent[][] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    if (isSuccession(sorted)) out.push(sorted);
  }
  return out;
}

function isSuccession(sorted: readonly FactEvent[]): boolean {
  if (sorted.length < 2) return false;
  if (new Set(sorted.map((e) => e.target)).size !== sorted.length) return false;
  for (let i = 1; i < sorted.length; i++) {
    if (periodsMeet(sorted[i - 1]!, sorted[i]!)) return false;
  }
  return true;
}
