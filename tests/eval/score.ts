// How the eval matches extracted facts with gold facts: the conventions of the development corpus
// (../shared/corpus/README.md), written here in TypeScript so that the eval also runs on sets the
// corpus does not hold (the seed pages, a pack's reviewed facts). tests/eval/score.test.ts checks
// that it agrees with the corpus's reference scorer, fact for fact, when the corpus is there.
//
// - Names: a gold name (or one of its aliases) matches an extracted name (or alias) when, folded
//   (no case, accents or punctuation), the gold's words occur in the extracted name, or the
//   extracted name is one word of three letters or more (a surname) that the gold name holds.
// - Events: same type (a gold type may be a list); actor and target as names; for an accepted type
//   whose roles are laid out otherwise (a dismissal accepted as a departure) only the person who
//   leaves or arrives is compared; a gold date is met by an extracted date at least as precise.
// - Figures: value within 0.5 %, the same for the total when the gold gives one, and the gold's
//   holder named in the figure's label or its subject.
// - Quotes: the same speaker, and the gold's first words inside the extracted text.
// A gold slot left empty (null) accepts anything.

/** The kinds of facts scored, named as in the corpus's gold files. */
export const KINDS = ["events", "claims", "quotes"] as const;
export type Kind = (typeof KINDS)[number];

/** A gold name: one name, or several accepted alternatives. */
type GoldSlot = string | readonly string[] | null | undefined;

export interface GoldEntity {
  name: string;
  kind?: string;
  aliases?: readonly string[];
}
export interface GoldEvent {
  type: string | readonly string[];
  actor?: GoldSlot;
  target?: GoldSlot;
  date?: string | readonly (string | null)[] | null;
  optional?: boolean;
  evidence?: string;
}
export interface GoldClaim {
  value: number;
  total?: number | null;
  unit?: string | null;
  holder?: GoldSlot;
  about?: string;
  optional?: boolean;
  evidence?: string;
}
export interface GoldQuote {
  speaker: GoldSlot;
  text_start: string;
  optional?: boolean;
  evidence?: string;
}
/** Gold facts of one article, in the corpus's format. */
export interface Gold {
  published?: string;
  lang?: string;
  entities?: readonly GoldEntity[];
  events?: readonly GoldEvent[];
  claims?: readonly GoldClaim[];
  quotes?: readonly GoldQuote[];
}

/** An entity reference in extracted facts: an id of `entities`, or an inline name. */
type Ref = string | { name?: string; aliases?: readonly string[] } | null | undefined;
interface FactsEntity {
  id: string;
  name: string;
  aliases?: readonly string[];
}
export interface FactsEvent {
  type: string;
  actor?: Ref;
  target?: Ref;
  date?: string | null;
  confidence?: number;
}
export interface FactsClaim {
  value: number;
  total?: number | null;
  about?: string;
  holder?: Ref;
  confidence?: number;
}
export interface FactsQuote {
  speaker?: Ref;
  text?: string;
  confidence?: number;
}
/** Extracted facts of one article, as `newsquiz facts ARTICLE --json` prints them. */
export interface Facts {
  entities?: readonly FactsEntity[];
  events?: readonly FactsEvent[];
  claims?: readonly FactsClaim[];
  quotes?: readonly FactsQuote[];
}

type Extracted = FactsEvent | FactsClaim | FactsQuote;
type GoldFact = GoldEvent | GoldClaim | GoldQuote;

/** The score of one kind of fact on one article (or summed over several). */
export interface KindScore {
  /** Required gold facts (not optional). */
  gold: number;
  /** Required gold facts matched by an extracted fact at or above the threshold. */
  found: number;
  /** Extracted facts at or above the threshold. */
  extracted: number;
  /** Those that match a gold fact, optional ones included. */
  correct: number;
  missed: GoldFact[];
  wrong: Extracted[];
}
export type Score = Record<Kind, KindScore>;

const STOP = new Set([
  "le",
  "la",
  "les",
  "l",
  "de",
  "du",
  "des",
  "d",
  "the",
  "of",
  "a",
  "an",
  "un",
  "une",
  "et",
  "and",
]);
const PERSON_IS_TARGET = new Set(["dismissal", "appointment", "hiring"]);
const PERSON_IS_ACTOR = new Set(["resignation", "departure", "joining"]);

/** Accent- and case-folded words, punctuation dropped. */
export function tokens(s: unknown): string[] {
  const folded = String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded ? folded.split(" ") : [];
}

function holds(big: readonly string[], small: readonly string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) {
    let j = 0;
    while (j < small.length && big[i + j] === small[j]) j++;
    if (j === small.length) return true;
  }
  return false;
}

function nameMatch(goldName: string, extractedName: string): boolean {
  const g = tokens(goldName);
  const x = tokens(extractedName);
  if (g.length === 0 || x.length === 0) return false;
  if (holds(x, g)) return true;
  const only = x[0]!;
  return x.length === 1 && only.length >= 3 && !STOP.has(only) && g.includes(only);
}

function goldNames(gold: Gold, name: string): string[] {
  const e = gold.entities?.find((x) => x.name === name || x.aliases?.includes(name));
  return e ? [e.name, ...(e.aliases ?? [])] : [name];
}

function factNames(facts: Facts, ref: Ref): string[] {
  if (ref == null) return [];
  if (typeof ref === "object")
    return [ref.name, ...(ref.aliases ?? [])].filter((n): n is string => !!n);
  const e = facts.entities?.find((x) => x.id === ref);
  return e ? [e.name, ...(e.aliases ?? []), e.id].filter(Boolean) : [ref];
}

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T]);

function slotMatch(gold: Gold, slot: GoldSlot, facts: Facts, ref: Ref): boolean {
  if (slot == null) return true;
  const xs = factNames(facts, ref);
  if (xs.length === 0) return false;
  return list(slot).some((alt) =>
    goldNames(gold, alt).some((g) => xs.some((x) => nameMatch(g, x))),
  );
}

type Role = "target" | "actor" | "either";
const roleOf = (type: string): Role =>
  PERSON_IS_TARGET.has(type) ? "target" : PERSON_IS_ACTOR.has(type) ? "actor" : "either";

function dateMatch(goldDate: GoldEvent["date"], date: unknown): boolean {
  const wanted = (goldDate == null ? [] : list(goldDate)).filter((d): d is string => d != null);
  if (wanted.length === 0) return true;
  if (typeof date !== "string") return false;
  return wanted.some((d) => date.length >= d.length && date.startsWith(d));
}

function eventMatch(gold: Gold, g: GoldEvent, facts: Facts, x: FactsEvent): boolean {
  const types = list(g.type);
  if (!types.includes(x.type)) return false;
  const primary = roleOf(types[0]!);
  const own = roleOf(x.type);
  if (primary === own || primary === "either" || own === "either") {
    if (!slotMatch(gold, g.actor, facts, x.actor)) return false;
    if (!slotMatch(gold, g.target, facts, x.target)) return false;
  } else {
    // A dismissal accepted as a departure: only the person who leaves is compared.
    const person = primary === "target" ? g.target : g.actor;
    if (!slotMatch(gold, person, facts, own === "target" ? x.target : x.actor)) return false;
  }
  return dateMatch(g.date, x.date);
}

const near = (a: unknown, b: number) =>
  typeof a === "number" && Math.abs(a - b) <= Math.abs(b) * 0.005;

function claimMatch(gold: Gold, g: GoldClaim, facts: Facts, x: FactsClaim): boolean {
  if (!near(x.value, g.value)) return false;
  if (g.total != null && !near(x.total, g.total)) return false;
  if (g.holder == null) return true;
  const words = tokens([x.about, ...factNames(facts, x.holder)].filter(Boolean).join(" | "));
  return list(g.holder).some((h) => goldNames(gold, h).some((n) => holds(words, tokens(n))));
}

function quoteMatch(gold: Gold, g: GoldQuote, facts: Facts, x: FactsQuote): boolean {
  return (
    slotMatch(gold, g.speaker, facts, x.speaker) && holds(tokens(x.text), tokens(g.text_start))
  );
}

/** Whether an extracted fact of a kind matches one gold fact. */
export function matches(kind: Kind, gold: Gold, g: GoldFact, facts: Facts, x: Extracted): boolean {
  if (kind === "events") return eventMatch(gold, g as GoldEvent, facts, x as FactsEvent);
  if (kind === "claims") return claimMatch(gold, g as GoldClaim, facts, x as FactsClaim);
  return quoteMatch(gold, g as GoldQuote, facts, x as FactsQuote);
}

/** Whether an extracted fact is right: it matches a gold fact, optional ones included. */
export function isRight(kind: Kind, gold: Gold, facts: Facts, x: Extracted): boolean {
  return (gold[kind] ?? []).some((g) => matches(kind, gold, g, facts, x));
}

/**
 * Scores the facts of one article at a confidence threshold: recall over required gold facts,
 * precision over extracted facts at or above the threshold (a fact without a confidence counts).
 */
export function scoreArticle(facts: Facts, gold: Gold, threshold: number): Score {
  const out = {} as Score;
  for (const kind of KINDS) {
    const golds: readonly GoldFact[] = gold[kind] ?? [];
    const extracted = ((facts[kind] ?? []) as readonly Extracted[]).filter(
      (x) => (typeof x.confidence === "number" ? x.confidence : 1) >= threshold,
    );
    const required = golds.filter((g) => !g.optional);
    const missed = required.filter((g) => !extracted.some((x) => matches(kind, gold, g, facts, x)));
    const wrong = extracted.filter((x) => !isRight(kind, gold, facts, x));
    out[kind] = {
      gold: required.length,
      found: required.length - missed.length,
      extracted: extracted.length,
      correct: extracted.length - wrong.length,
      missed,
      wrong,
    };
  }
  return out;
}

/** Counts without the lists: what sums over articles. */
export interface Counts {
  gold: number;
  found: number;
  extracted: number;
  correct: number;
}

export const noCounts = (): Counts => ({ gold: 0, found: 0, extracted: 0, correct: 0 });

export function addCounts(into: Counts, c: Counts): Counts {
  into.gold += c.gold;
  into.found += c.found;
  into.extracted += c.extracted;
  into.correct += c.correct;
  return into;
}

/** Recall, precision and F1; null where nothing was there to count. */
export function rates(c: Counts): {
  recall: number | null;
  precision: number | null;
  f1: number | null;
} {
  const recall = c.gold ? c.found / c.gold : null;
  const precision = c.extracted ? c.correct / c.extracted : null;
  const f1 =
    recall !== null && precision !== null
      ? recall + precision
        ? (2 * recall * precision) / (recall + precision)
        : 0
      : null;
  return { recall, precision, f1 };
}
