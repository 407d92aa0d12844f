import { datePrecision } from "../facts/dates.js";
import { type FactIndex, type FactRef, indexFacts } from "../facts/fact-index.js";
import type { FactEvent, Language, Pack } from "../facts/model.js";
import { salience } from "../facts/salience.js";
import { type PhraseContext, phraseContext } from "../phrase/context.js";
import { eventSentence } from "../phrase/event-sentence.js";
import { type Family, familyOf } from "../phrase/names.js";
import { fold } from "../text/fold-memo.js";
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

/** Everything generators read: the facts, how to phrase them, what is true, the pools. */
export interface GenContext {
  index: FactIndex;
  phrase: PhraseContext;
  lang: Language;
  truth: TruthIndex;
  pools: Pools;
  salience(ref: FactRef): number;
  /** The event as an explanation states it (« Le vendredi 17 novembre 2023, … »), remembered. */
  stated(event: FactEvent): string;
}

export function genContext(pack: Pack, lang: Language = pack.language): GenContext {
  const index = indexFacts(pack);
  const memo = new Map<string, number>();
  const phrase = phraseContext(index, lang);
  const sentences = new Map<FactEvent, string>();
  return {
    index,
    phrase,
    lang,
    truth: buildTruth(index),
    pools: buildPools(index),
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
