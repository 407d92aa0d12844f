// How the eval decides that an extracted fact is right, and that a gold fact was found.
//
// - Names: an extracted entity matches a gold name when its name or one of its aliases, folded
//   (no case, no accents) and without a leading article or honorific, equals the gold name, or
//   is the gold name followed by its complement (« conseil d'administration d'OpenAI » matches
//   « conseil d'administration »).
// - An extracted fact is CORRECT (precision) when a gold fact of the same page agrees with every
//   field the extractor filled: same type; actor, target and date equal to the gold's. A field
//   the gold leaves out is one the page does not state: an extracted value there is wrong. A
//   field the extractor leaves out is incomplete, not wrong.
// - A gold fact is FOUND (recall) when one extracted fact is correct for it and fills every field
//   the gold gives. Only key facts count for recall; `key: false` facts only make a fact correct.
// - Claims: same value and unit (dollars = $), same qualifier (default exactly), same total.
// - Quotes: same speaker, and the quote contains each of the gold's words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Claim, Entity, FactEvent, Pack, Quote } from "../../src/core/facts/model.js";
import { fold } from "../../src/core/text/fold.js";

export interface GoldEvent {
  type: string;
  actor?: string;
  target?: string;
  date?: string;
  key?: boolean;
}
export interface GoldClaim {
  value: number;
  unit?: string;
  qualifier?: string;
  total?: number;
  key?: boolean;
}
export interface GoldQuote {
  speaker: string;
  words: string[];
  key?: boolean;
}
export interface Gold {
  assumePublished?: string;
  events: GoldEvent[];
  claims: GoldClaim[];
  quotes: GoldQuote[];
}

export const GOLD_DIR = join(import.meta.dirname, "gold");

export function readGold(seedFile: string): Gold {
  const file = join(GOLD_DIR, seedFile.replace(/\.txt$/, ".yaml"));
  const data = parse(readFileSync(file, "utf8")) as Partial<Gold>;
  const date = (d: unknown) =>
    d instanceof Date ? d.toISOString().slice(0, 10) : d === undefined ? undefined : String(d);
  return {
    ...(data.assumePublished ? { assumePublished: date(data.assumePublished)! } : {}),
    events: (data.events ?? []).map((e) => ({
      ...e,
      ...(e.date !== undefined ? { date: date(e.date)! } : {}),
    })),
    claims: data.claims ?? [],
    quotes: data.quotes ?? [],
  };
}

const LEADING = /^(?:le |la |les |l'|the |m\. |mme |mr\.? |ms\.? )+/;

function key(name: string): string {
  return fold(name).replace(LEADING, "");
}

export function nameMatches(entity: Entity | undefined, gold: string): boolean {
  if (!entity) return false;
  const g = key(gold);
  return [entity.name, ...entity.aliases].some((n) => {
    const k = key(n);
    return (
      k === g ||
      (/^(?:d'|de |du |des |of )/.test(k.slice(g.length).trim()) && k.startsWith(`${g} `)) ||
      k.startsWith(`${g} d'`)
    );
  });
}

function unitKey(unit: string | undefined): string {
  const u = fold(unit ?? "");
  if (u === "$" || u === "dollar" || u === "dollars") return "dollars";
  if (u === "pour cent" || u === "percent") return "%";
  return u.replace(/s$/, "");
}

type Entities = Map<string, Entity>;

function fieldOk(
  extracted: string | undefined,
  gold: string | undefined,
  match: (x: string, g: string) => boolean,
): "ok" | "wrong" | "missing" {
  if (extracted === undefined) return gold === undefined ? "ok" : "missing";
  if (gold === undefined) return "wrong";
  return match(extracted, gold) ? "ok" : "wrong";
}

/** "correct": agrees with the gold fact; "found": also fills every field the gold gives. */
export function eventAgainst(
  e: FactEvent,
  g: GoldEvent,
  entities: Entities,
): { correct: boolean; found: boolean } {
  if (e.type !== g.type) return { correct: false, found: false };
  const name = (id: string, gold: string) => nameMatches(entities.get(id), gold);
  const fields = [
    fieldOk(e.actor, g.actor, name),
    fieldOk(e.target, g.target, name),
    fieldOk(e.date, g.date, (x, y) => x === y),
  ];
  const correct = !fields.includes("wrong");
  return { correct, found: correct && !fields.includes("missing") };
}

export function claimAgainst(c: Claim, g: GoldClaim): { correct: boolean; found: boolean } {
  const correct =
    c.value === g.value &&
    unitKey(c.unit) === unitKey(g.unit) &&
    c.qualifier === (g.qualifier ?? "exactly") &&
    (c.total === undefined || c.total === g.total);
  return { correct, found: correct && c.total === g.total };
}

export function quoteAgainst(
  q: Quote,
  g: GoldQuote,
  entities: Entities,
): { correct: boolean; found: boolean } {
  const text = fold(q.text);
  const correct =
    nameMatches(entities.get(q.speaker), g.speaker) && g.words.every((w) => text.includes(fold(w)));
  return { correct, found: correct };
}

/** Counts for one fact type. */
export interface Score {
  extracted: number;
  correct: number;
  key: number;
  found: number;
  wrong: string[];
  missed: string[];
}

export function emptyScore(): Score {
  return { extracted: 0, correct: 0, key: 0, found: 0, wrong: [], missed: [] };
}

export type FactType = "events" | "claims" | "quotes";

/** Scores the facts of one page (those at or above `threshold`) against its gold. */
export function scorePage(pack: Pack, gold: Gold, threshold: number): Record<FactType, Score> {
  const entities: Entities = new Map(pack.entities.map((e) => [e.id, e]));
  const sure = <T extends { confidence?: number }>(list: readonly T[]) =>
    list.filter((f) => (f.confidence ?? 1) >= threshold);
  const name = (id: string | undefined) => (id ? (entities.get(id)?.name ?? id) : "-");
  const one = <F, G extends { key?: boolean }>(
    facts: readonly F[],
    golds: readonly G[],
    against: (f: F, g: G) => { correct: boolean; found: boolean },
    showF: (f: F) => string,
    showG: (g: G) => string,
  ): Score => {
    const score = emptyScore();
    for (const f of facts) {
      score.extracted++;
      if (golds.some((g) => against(f, g).correct)) score.correct++;
      else score.wrong.push(showF(f));
    }
    for (const g of golds) {
      if (g.key === false) continue;
      score.key++;
      if (facts.some((f) => against(f, g).found)) score.found++;
      else score.missed.push(showG(g));
    }
    return score;
  };
  return {
    events: one(
      sure(pack.events),
      gold.events,
      (e, g) => eventAgainst(e, g, entities),
      (e) => `${e.type} ${name(e.actor)} -> ${name(e.target)} ${e.date ?? ""} (${e.confidence})`,
      (g) => `${g.type} ${g.actor ?? "-"} -> ${g.target ?? "-"} ${g.date ?? ""}`,
    ),
    claims: one(
      sure(pack.claims),
      gold.claims,
      claimAgainst,
      (c) =>
        `${c.about}: ${c.qualifier} ${c.value}${c.total ? `/${c.total}` : ""} ${c.unit ?? ""} (${c.confidence})`,
      (g) => `${g.qualifier ?? ""} ${g.value}${g.total ? `/${g.total}` : ""} ${g.unit ?? ""}`,
    ),
    quotes: one(
      sure(pack.quotes),
      gold.quotes,
      (q, g) => quoteAgainst(q, g, entities),
      (q) => `${name(q.speaker)}: ${q.text.slice(0, 50)} (${q.confidence})`,
      (g) => `${g.speaker}: ${g.words.join(" … ")}`,
    ),
  };
}
