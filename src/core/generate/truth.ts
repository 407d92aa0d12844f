import { periodsMeet } from "../facts/dates.js";
import type { FactIndex } from "../facts/fact-index.js";
import type { EventType, FactEvent } from "../facts/model.js";
import { fold } from "../text/fold.js";

// What the facts hold true, as relations between entities, so that a question can ask "which
// answers would also be right?" before it picks distractors. An event states a relation, and
// implies others: Microsoft hiring Sam Altman means Sam Altman joined Microsoft, so Sam Altman is
// no distractor for "who joined Microsoft that day". Implied relations only ever exclude
// distractors; answers come from stated facts.

/** A relation: `subj` did `rel` to `obj`; a question fixes the parts it knows and the date. */
export interface Query {
  rel: EventType;
  subj?: string;
  obj?: string;
  role?: string;
  org?: string;
  date?: string;
  until?: string;
}

/** One relation the facts hold, and the fact that holds it. */
export interface Assertion extends Query {
  label?: string;
  fact: string;
  stated: boolean;
}

/** An implication: an event of one type also makes a relation of another type true. */
interface Implication {
  rel: EventType;
  /** Who is the subject of the implied relation: the event's actor, target or organisation. */
  subj: "actor" | "target";
  obj: "actor" | "target" | "org";
}

const IMPLIES: Partial<Record<EventType, Implication[]>> = {
  hiring: [{ rel: "joining", subj: "target", obj: "actor" }],
  joining: [{ rel: "hiring", subj: "target", obj: "actor" }],
  dismissal: [{ rel: "departure", subj: "target", obj: "org" }],
  resignation: [
    { rel: "departure", subj: "actor", obj: "org" },
    { rel: "departure", subj: "actor", obj: "target" },
  ],
  statement: [{ rel: "announcement", subj: "actor", obj: "target" }],
  announcement: [{ rel: "statement", subj: "actor", obj: "target" }],
  acquisition: [{ rel: "investment", subj: "actor", obj: "target" }],
};

export interface TruthIndex {
  /** Every assertion of this relation compatible with the query (labels not compared). */
  matching(query: Query): Assertion[];
}

const KEY = "\u0000";

export function buildTruth(index: FactIndex): TruthIndex {
  const bySubj = new Map<string, Assertion[]>();
  const byObj = new Map<string, Assertion[]>();
  const byRel = new Map<string, Assertion[]>();
  const push = (map: Map<string, Assertion[]>, key: string, a: Assertion) => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  // What says nobody (someone joined Palantir, who?) may be about anyone: it goes with every
  // subject, or every object, of its relation.
  const noSubj = new Map<string, Assertion[]>();
  const noObj = new Map<string, Assertion[]>();
  const add = (a: Assertion) => {
    push(byRel, a.rel, a);
    if (a.subj) push(bySubj, a.rel + KEY + a.subj, a);
    else push(noSubj, a.rel, a);
    if (a.obj) push(byObj, a.rel + KEY + a.obj, a);
    else push(noObj, a.rel, a);
  };
  for (const event of index.pack.events) {
    add(stated(event));
    for (const implied of IMPLIES[event.type] ?? []) {
      const subj = slotOf(event, implied.subj);
      if (!subj) continue;
      add({
        rel: implied.rel,
        subj,
        obj: slotOf(event, implied.obj),
        fact: event.id,
        stated: false,
        ...dated(event.date, event.until),
      });
    }
  }
  // Whoever is quoted on a day spoke that day: a quote makes "who spoke" true of its speaker.
  for (const quote of index.pack.quotes) {
    for (const rel of ["statement", "announcement"] as const) {
      add({ rel, subj: quote.speaker, fact: quote.id, stated: false, ...dated(quote.date) });
    }
  }
  return {
    matching(query) {
      const q = query.role === undefined ? query : { ...query, role: fold(query.role) };
      const pool = query.subj
        ? [...(bySubj.get(query.rel + KEY + query.subj) ?? []), ...(noSubj.get(query.rel) ?? [])]
        : query.obj
          ? [...(byObj.get(query.rel + KEY + query.obj) ?? []), ...(noObj.get(query.rel) ?? [])]
          : byRel.get(query.rel);
      return (pool ?? []).filter((a) => compatible(q, a));
    },
  };
}

function stated(event: FactEvent): Assertion {
  return {
    rel: event.type,
    fact: event.id,
    stated: true,
    ...(event.actor ? { subj: event.actor } : {}),
    ...(event.target ? { obj: event.target } : {}),
    ...(event.role ? { role: fold(event.role) } : {}),
    ...(event.org ? { org: event.org } : {}),
    ...(event.label ? { label: fold(event.label) } : {}),
    ...dated(event.date, event.until),
  };
}

function dated(date: string | undefined, until?: string): { date?: string; until?: string } {
  return date ? { date, ...(until ? { until } : {}) } : {};
}

function slotOf(event: FactEvent, slot: "actor" | "target" | "org"): string | undefined {
  return event[slot];
}

function compatible(query: Query, a: Assertion): boolean {
  if (query.subj !== undefined && a.subj !== undefined && a.subj !== query.subj) return false;
  if (query.obj !== undefined && a.obj !== undefined && a.obj !== query.obj) return false;
  if (query.org !== undefined && a.org !== undefined && a.org !== query.org) return false;
  // Roles are folded on both sides; one containing the other may name the same post.
  if (query.role !== undefined && a.role !== undefined) {
    if (!query.role.includes(a.role) && !a.role.includes(query.role)) return false;
  }
  return periodsMeet(query, a);
}
