import { datePrecision, firstDayOf, lastDayOf } from "../facts/dates.js";
import { type FactIndex, type FactRef, indexFacts } from "../facts/fact-index.js";
import type { FactEvent, Language, Pack } from "../facts/model.js";
import { salience } from "../facts/salience.js";
import { type PhraseContext, phraseContext } from "../phrase/context.js";
import { eventSentence } from "../phrase/event-sentence.js";
import { type Family, familyOf } from "../phrase/names.js";
import { fold } from "../text/fold.js";
import { mixedLanguage } from "../text/mixed-language.js";
import { buildTies } from "./ties.js";
import { buildTruth, type TruthIndex } from "./truth.js";

/** Lists distractors are drawn from, built once per pack. */
export interface Pools {
  /** Entity ids of each family, in pack order. */
  family: Map<Family, string[]>;
  /** Entity ids seen in one slot of one event type: the people in the same role. */
  peers: Map<string, string[]>;
  /** Every distinct date of the pack at each precision, sorted. */
  dates: Map<"day" | "month" | "year", string[]>;
  /** Values of the claims of each unit (folded; "" for none), sorted, without repeats. */
  values: Map<string, number[]>;
  /** Events by what an entity did in them (see `playedKey`): what a distractor really did. */
  played: Map<string, FactEvent[]>;
  /** Events told by the same author's sentence (folded): one happening, or the same again. */
  texts: Map<string, FactEvent[]>;
}

/**
 * The days a wrong date may fall on: not after what the sources could have reported (their
 * publication), not before what the event involves existed (OpenAI cannot have signed a
 * partnership before it was founded). Days since 1970; either end may be open.
 */
export interface DateBounds {
  earliest?: number;
  latest?: number;
}

/** Everything generators read: the facts, how to phrase them, what is true, the pools. */
export interface GenContext {
  index: FactIndex;
  phrase: PhraseContext;
  lang: Language;
  truth: TruthIndex;
  pools: Pools;
  /** Who the facts tie to whom (see ties.ts): what makes a distractor able to play a part. */
  ties: Map<string, Set<string>>;
  /** News outlets: they report what others do, and are no distractor for those who act. */
  outlets: Set<string>;
  /**
   * The days a wrong date about a fact may fall on: up to the publication of its sources (of
   * the pack's, when its own give none; else the story's latest date), and not before the
   * founding of an entity it involves.
   */
  bounds(sources: readonly string[], involved: readonly (string | undefined)[]): DateBounds;
  /** When each entity was founded, as the pack's founding events say. */
  foundings: Map<string, string>;
  /** The first word of another language in a text of this pack, or undefined (rule 8). */
  mixed(text: string): string | undefined;
  salience(ref: FactRef): number;
  /** The event as an explanation states it (« Le vendredi 17 novembre 2023, … »), remembered. */
  stated(event: FactEvent): string;
}

/**
 * The context questions about `pack` are made in. `possible` holds the facts that may be true
 * though none is asked (below the confidence threshold, or awaiting a review the pack requires):
 * no wrong choice contradicts them (docs/questions.md, rule 1).
 */
export function genContext(
  pack: Pack,
  lang: Language = pack.language,
  possible: Pack = pack,
): GenContext {
  const index = indexFacts(pack);
  const memo = new Map<string, number>();
  const phrase = phraseContext(index, lang);
  const foundings = foundingsOf(index);
  const mixed = mixedLanguage(properNames(index));
  const sentences = new Map<FactEvent, string>();
  return {
    index,
    phrase,
    lang,
    truth: buildTruth(possible === pack ? index : indexFacts(possible)),
    pools: buildPools(index),
    ties: buildTies(index),
    outlets: outletsOf(index),
    bounds: boundsMaker(index, foundings),
    foundings,
    mixed: (text) => mixed(text, lang),
    salience(ref) {
      let s = memo.get(ref.fact.id);
      if (s === undefined) {
        s = salience(index, ref);
        memo.set(ref.fact.id, s);
      }
      return s;
    },
    stated(event) {
      let text = sentences.get(event);
      if (text === undefined) {
        text = eventSentence(phrase, event, { date: "lead" });
        sentences.set(event, text);
      }
      return text;
    },
  };
}

/** Every name a text about the pack may carry as it is: entities' names and outlets. */
function properNames(index: FactIndex): string[] {
  const out: string[] = [];
  for (const e of index.pack.entities) {
    out.push(e.name, ...e.aliases);
    for (const t of Object.values(e.translations ?? {})) {
      if (t?.name) out.push(t.name);
      out.push(...(t?.aliases ?? []));
    }
  }
  for (const s of index.pack.sources) if (s.outlet) out.push(s.outlet);
  return out;
}

/** The founding date of each entity a founding event names (its target, else its actor). */
function foundingsOf(index: FactIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of index.pack.events) {
    const what = e.target ?? e.actor;
    if (e.type !== "founding" || !what || !e.date) continue;
    const known = out.get(what);
    if (!known || e.date < known) out.set(what, e.date);
  }
  return out;
}

function boundsMaker(index: FactIndex, foundings: Map<string, string>): GenContext["bounds"] {
  const published = (ids: readonly string[]) => {
    let latest: number | undefined;
    for (const id of ids) {
      const date = index.sources.get(id)?.published;
      const day = date ? firstDayOf(date) : undefined;
      if (day !== undefined && (latest === undefined || day > latest)) latest = day;
    }
    return latest;
  };
  const packLatest =
    published([...index.sources.keys()]) ?? (index.latest ? lastDayOf(index.latest) : undefined);
  const founded = new Map<string, number>();
  for (const [id, date] of foundings) {
    const day = firstDayOf(date);
    if (day !== undefined) founded.set(id, day);
  }
  return (sources, involved) => {
    const latest = published(sources) ?? packLatest;
    let earliest: number | undefined;
    for (const id of involved) {
      const day = id ? founded.get(id) : undefined;
      if (day !== undefined && (earliest === undefined || day > earliest)) earliest = day;
    }
    return {
      ...(latest !== undefined ? { latest } : {}),
      ...(earliest !== undefined ? { earliest } : {}),
    };
  };
}

// What a news outlet's description starts with, in either language.
const OUTLET =
  /^(?:(?:un |une |le |la |l'|the |an? )?(?:media|journal|quotidien|hebdomadaire|magazine|site d'information|site d'actualite|agence de presse|chaine de television|radio|news site|news website|newspaper|news outlet|outlet|broadcaster|news agency|daily|tabloid)\b|(?:american|french|british|us|uk) (?:news|newspaper|daily|media))/;

/** Entities that are news outlets: described as one, or named as a source's outlet. */
function outletsOf(index: FactIndex): Set<string> {
  const out = new Set<string>();
  const outlets = new Set(index.pack.sources.map((s) => fold(s.outlet ?? "")).filter(Boolean));
  for (const e of index.pack.entities) {
    if (e.kind !== "organisation") continue;
    if (outlets.has(fold(e.name)) || e.descriptions.some((d) => OUTLET.test(fold(d.text)))) {
      out.add(e.id);
    }
  }
  return out;
}

export function peerKey(type: string, slot: "actor" | "target"): string {
  return `${type}|${slot}`;
}

export function playedKey(type: string, slot: "actor" | "target", id: string): string {
  return `${type}|${slot}|${id}`;
}

function buildPools(index: FactIndex): Pools {
  const family = new Map<Family, string[]>();
  for (const e of index.pack.entities) {
    const f = familyOf(e.kind);
    const list = family.get(f);
    if (list) list.push(e.id);
    else family.set(f, [e.id]);
  }
  const peerSets = new Map<string, Set<string>>();
  const addPeer = (key: string, id: string | undefined) => {
    if (!id) return;
    const set = peerSets.get(key);
    if (set) set.add(id);
    else peerSets.set(key, new Set([id]));
  };
  const dateSets = new Map<"day" | "month" | "year", Set<string>>();
  const addDate = (date: string | undefined) => {
    if (!date) return;
    const p = datePrecision(date);
    const set = dateSets.get(p) ?? new Set<string>();
    set.add(date);
    dateSets.set(p, set);
  };
  const played = new Map<string, FactEvent[]>();
  const addPlayed = (e: FactEvent, slot: "actor" | "target") => {
    const id = e[slot];
    if (!id) return;
    const key = playedKey(e.type, slot, id);
    const list = played.get(key);
    if (list) list.push(e);
    else played.set(key, [e]);
  };
  const texts = new Map<string, FactEvent[]>();
  for (const e of index.pack.events) {
    if (e.text) {
      const key = fold(e.text);
      const list = texts.get(key);
      if (list) list.push(e);
      else texts.set(key, [e]);
    }
    addPlayed(e, "actor");
    addPlayed(e, "target");
    addPeer(peerKey(e.type, "actor"), e.actor);
    addPeer(peerKey(e.type, "target"), e.target);
    addDate(e.date);
  }
  for (const q of index.pack.quotes) {
    addPeer("quote|speaker", q.speaker);
    addDate(q.date);
  }
  for (const c of index.pack.claims) addDate(c.date);
  const valueSets = new Map<string, Set<number>>();
  for (const c of index.pack.claims) {
    const unit = fold(c.unit ?? "");
    const set = valueSets.get(unit) ?? new Set<number>();
    set.add(c.value);
    valueSets.set(unit, set);
  }
  const sorted = <T>(set: Set<T>, by: (a: T, b: T) => number) => [...set].sort(by);
  return {
    family,
    peers: new Map([...peerSets].map(([k, v]) => [k, [...v]])),
    dates: new Map([...dateSets].map(([k, v]) => [k, sorted(v, (a, b) => (a < b ? -1 : 1))])),
    values: new Map([...valueSets].map(([k, v]) => [k, sorted(v, (a, b) => a - b)])),
    played,
    texts,
  };
}
