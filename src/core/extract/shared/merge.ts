import { fold } from "../../text/fold.js";
import type { ArticleFacts, ClaimDraft, EventDraft, Provenance, QuoteDraft } from "../types.js";

/** A fact with the sources (article ids) that state it. */
export type Sourced<T> = T & { sources: string[] };

// Two readings of one fact keep the surer one's confidence and rule: a confidence is a rule
// family's measured precision, and no measure says how much a second reading adds.
function combine<T extends Provenance & { sources?: string[] }>(a: T, b: T): T {
  const best = b.confidence > a.confidence ? b : a;
  const sources = [...new Set([...(a.sources ?? []), ...(b.sources ?? [])])];
  return { ...best, ...(a.sources ? { sources } : {}) };
}

function sameOrMissing(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Two readings of one event: same type and target, and actor, date and role that agree. */
function sameEvent(a: EventDraft, b: EventDraft): boolean {
  if (a.type !== b.type || a.target !== b.target) return false;
  if (!a.target && a.actor !== b.actor) return false;
  return (
    sameOrMissing(a.actor, b.actor) &&
    sameOrMissing(a.date, b.date) &&
    sameOrMissing(a.role, b.role) &&
    sameOrMissing(a.label, b.label)
  );
}

/** Events merged: the more complete reading wins each field, sources are joined. */
export function mergeEvents<T extends EventDraft & { sources?: string[] }>(
  events: readonly T[],
): T[] {
  const out: T[] = [];
  // Only events of the same type and target (or actor, without a target) can be one: looking
  // among those alone keeps merging a thousand articles linear rather than quadratic.
  const byKey = new Map<string, number[]>();
  for (const e of events) {
    const key = `${e.type}|${e.target ?? ""}|${e.target ? "" : (e.actor ?? "")}`;
    const candidates = byKey.get(key) ?? [];
    const i = candidates.find((c) => sameEvent(out[c]!, e)) ?? -1;
    if (i < 0) {
      candidates.push(out.length);
      byKey.set(key, candidates);
      out.push({ ...e });
      continue;
    }
    const o = out[i]!;
    const { status: _, ...merged } = combine(o, e);
    // Told as done once, it is done: « rejoindra » in one sentence, « a rejoint » in another.
    const status = o.status && e.status ? o.status : undefined;
    out[i] = {
      ...(merged as T),
      ...(status ? { status } : {}),
      ...((o.actor ?? e.actor) ? { actor: o.actor ?? e.actor } : {}),
      ...((o.date ?? e.date) ? { date: o.date ?? e.date } : {}),
      ...((o.role ?? e.role) ? { role: o.role ?? e.role } : {}),
      ...((o.org ?? e.org) ? { org: o.org ?? e.org } : {}),
      ...((o.label ?? e.label) ? { label: o.label ?? e.label } : {}),
    };
  }
  return out;
}

function claimKey(c: ClaimDraft): string {
  return [fold(c.about), c.value, c.total ?? "", c.qualifier, c.unit ?? ""].join("|");
}

/** Claims stating the same figure about the same thing become one, with all their sources. */
export function mergeClaims<T extends ClaimDraft & { sources?: string[] }>(
  claims: readonly T[],
): T[] {
  const byKey = new Map<string, T>();
  for (const c of claims) {
    const key = claimKey(c);
    const o = byKey.get(key);
    byKey.set(key, o ? combine(o, c) : { ...c });
  }
  return [...byKey.values()];
}

/** The same words from the same speaker, one quotation holding the other, are one quote. */
export function mergeQuotes<T extends QuoteDraft & { sources?: string[] }>(
  quotes: readonly T[],
): T[] {
  const out: T[] = [];
  // Folded once per quote and grouped by speaker: comparing every pair stays cheap.
  const bySpeaker = new Map<string, { index: number; folded: string }[]>();
  for (const q of quotes) {
    const text = fold(q.text);
    const same = bySpeaker.get(q.speaker) ?? [];
    const hit = same.find((o) => o.folded.includes(text) || text.includes(o.folded));
    if (!hit) {
      same.push({ index: out.length, folded: text });
      bySpeaker.set(q.speaker, same);
      out.push({ ...q });
      continue;
    }
    const kept = out[hit.index]!;
    const longer = hit.folded.length >= text.length ? kept.text : q.text;
    if (text.length > hit.folded.length) hit.folded = text;
    out[hit.index] = { ...combine(kept, q), text: longer };
  }
  return out;
}

/** Within one article: the same fact read from several sentences is kept once. */
export function dedupeFacts(facts: ArticleFacts): ArticleFacts {
  return {
    ...facts,
    events: mergeEvents(facts.events),
    claims: mergeClaims(facts.claims),
    quotes: mergeQuotes(facts.quotes),
  };
}
