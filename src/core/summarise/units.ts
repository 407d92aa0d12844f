import { isQuestionable } from "../extract/threshold.js";
import { comparePartialDates } from "../facts/dates.js";
import { type FactIndex, sourceCount } from "../facts/fact-index.js";
import type { Claim, Conflict, FactEvent } from "../facts/model.js";
import { salience } from "../facts/salience.js";
import { successions } from "../facts/successions.js";
import { listSeparator } from "../i18n/typography.js";
import { claimSayable, claimSentence, conflictClause, conflictSayable } from "../phrase/claims.js";
import type { PhraseContext } from "../phrase/context.js";
import { eventLine, eventSayable, eventSentence } from "../phrase/event-sentence.js";
import { holderOf } from "../phrase/holder.js";
import type { Named } from "../phrase/names.js";
import { successionSentence } from "../phrase/sequence.js";
import { endSentence, joinList, withoutFinalStop } from "../phrase/words.js";
import { capitalize } from "../text/capitalize.js";
import { fold } from "../text/fold.js";
import type { DateMention } from "./date-mention.js";

/** One sentence of a summary, before the summary picks and orders them. */
export interface Unit {
  id: string;
  /** For chronological order; undated units come last. */
  date?: string;
  /** Order among units of one day: a departure is told before the appointment that fills it. */
  sameDay: number;
  score: number;
  /** Figures are told after the story, in the long summary only. */
  figure: boolean;
  /** The sentence tells where the sources disagree. */
  disputed: boolean;
  /** What the story is about in this sentence (see `topicOf`): a long summary's paragraphs. */
  topic: string;
  /** The event(s) told, for the headline: what the story leads with. */
  events: readonly FactEvent[];
  write(say: DateMention): string;
}

/**
 * The events a summary may tell: read with enough confidence to be asked about, and sayable in
 * the language written without saying less than they need (see `eventSayable`).
 */
export function tellableEvents(ctx: PhraseContext, index: FactIndex): FactEvent[] {
  return index.pack.events.filter((e) => isQuestionable(e) && eventSayable(ctx, e));
}

/** The figures a summary may tell: confident, sayable in this language, and someone's. */
function tellableClaim(ctx: PhraseContext, claim: Claim): boolean {
  return isQuestionable(claim) && claimSayable(ctx, claim) && holderOf(ctx, claim) !== undefined;
}

/**
 * The sentences a summary may tell: each event, or a succession of holders of one post as one
 * sentence; a disagreement about an event's figure joins that event's sentence; figures and
 * disagreements about no event stand alone.
 */
export function storyUnits(ctx: PhraseContext, index: FactIndex): Unit[] {
  const units: Unit[] = [];
  const grouped = new Set<string>();
  const events = tellableEvents(ctx, index);
  for (const group of successions(events)) {
    for (const e of group) grouped.add(e.id);
    units.push({
      id: group[0]!.id,
      date: group[0]!.date!,
      sameDay: SAME_DAY[group[0]!.type] ?? LATER,
      score: group.reduce((sum, e) => sum + salience(index, { kind: "event", fact: e }), 0),
      figure: false,
      disputed: false,
      topic: topicOf(index, group[0]!),
      events: group,
      write: (say) => successionSentence(ctx, group, (d) => say.say(d)),
    });
  }
  const told = new Set<Conflict>();
  // An event told twice the same day (two sources wrote it as two facts) is told once.
  const toldOnce = new Set<string>();
  const rest = events.filter((e) => {
    if (grouped.has(e.id)) return false;
    const key = `${e.date ?? ""}|${fold(eventLine(ctx, e))}`;
    if (toldOnce.has(key)) return false;
    toldOnce.add(key);
    return true;
  });
  for (const group of sharedEvents(rest)) {
    const [first] = group;
    if (!first) continue;
    const conflicts = group
      .flatMap((e) => conflictsOf(index, e))
      .filter((c) => tellableConflict(ctx, index, c));
    for (const c of conflicts) told.add(c);
    const scores = group
      .map((e) => salience(index, { kind: "event", fact: e }))
      .sort((a, b) => b - a);
    units.push({
      id: first.id,
      ...(first.date ? { date: first.date } : {}),
      sameDay: SAME_DAY[first.type] ?? LATER,
      // A merged sentence weighs as its best event, plus a little for the others.
      score: scores[0]! + 0.25 * scores.slice(1).reduce((a, b) => a + b, 0),
      figure: false,
      disputed: conflicts.length > 0,
      topic: topicOf(index, first),
      events: group,
      write: (say) => eventWithFigures(ctx, group, [...new Set(conflicts)], say),
    });
  }
  for (const conflict of index.conflicts) {
    if (told.has(conflict) || !tellableConflict(ctx, index, conflict)) continue;
    const claims = conflict.claims.map((id) => index.claims.get(id)!);
    units.push({
      id: conflict.claims[0]!,
      sameDay: LATER,
      score: claims.reduce((sum, c) => sum + sourceCount(c), 0) + 1,
      figure: false,
      disputed: true,
      topic: FIGURES,
      events: [],
      write: () => endSentence(capitalize(conflictClause(ctx, conflict))),
    });
  }
  for (const claim of index.pack.claims) {
    if (index.conflictOf.has(claim.id) || !tellableClaim(ctx, claim)) continue;
    const attributed = !["exactly", "about"].includes(claim.qualifier) || sourceCount(claim) === 1;
    units.push({
      id: claim.id,
      sameDay: LATER,
      score: salience(index, { kind: "claim", fact: claim }),
      figure: true,
      disputed: false,
      topic: FIGURES,
      events: [],
      write: () => claimSentence(ctx, claim, attributed),
    });
  }
  return units;
}

/** A disagreement is told when every figure of it could be told. */
function tellableConflict(ctx: PhraseContext, index: FactIndex, conflict: Conflict): boolean {
  return (
    conflictSayable(ctx, conflict) &&
    conflict.claims.every((id) => {
      const claim = index.claims.get(id);
      return claim !== undefined && tellableClaim(ctx, claim);
    })
  );
}

/** The topic of figures and disagreements told apart from any event. */
export const FIGURES = "figures";

/**
 * What a sentence is about, so that a long summary gives each topic its paragraph rather than
 * a run of « Le même jour… » across topics: who holds or leaves the posts of an organisation,
 * who joins one, the deals and talks, the protests, what was said, what was made.
 */
export function topicOf(index: FactIndex, event: FactEvent): string {
  const family = TOPIC_FAMILY[event.type];
  let about = "";
  if (family === "posts") about = event.org ?? postOrg(index, event) ?? "";
  else if (family === "moves") about = (event.type === "hiring" ? event.actor : event.target) ?? "";
  return `${family}|${about}`;
}

/** The organisation of a post an event names none for: the one another post event of its person names. */
function postOrg(index: FactIndex, event: FactEvent): string | undefined {
  const person =
    event.type === "departure" || event.type === "resignation" ? event.actor : event.target;
  if (event.type === "departure" && event.target) return event.target;
  return index.pack.events.find(
    (e) => e.org && (e.target === person || e.actor === person) && TOPIC_FAMILY[e.type] === "posts",
  )?.org;
}

const TOPIC_FAMILY: Record<FactEvent["type"], string> = {
  dismissal: "posts",
  appointment: "posts",
  resignation: "posts",
  departure: "posts",
  hiring: "moves",
  joining: "moves",
  investment: "deals",
  acquisition: "deals",
  agreement: "deals",
  negotiation: "deals",
  petition: "labour",
  strike: "labour",
  layoff: "labour",
  closure: "labour",
  statement: "speech",
  announcement: "speech",
  other: "speech",
  founding: "making",
  launch: "making",
};

function conflictsOf(index: FactIndex, event: FactEvent): Conflict[] {
  const out = new Set<Conflict>();
  for (const claim of index.claimsOf.get(event.id) ?? []) {
    const c = index.conflictOf.get(claim.id);
    if (c) out.add(c);
  }
  return [...out];
}

function eventWithFigures(
  ctx: PhraseContext,
  group: readonly FactEvent[],
  conflicts: readonly Conflict[],
  say: DateMention,
): string {
  const event = group[0]!;
  // A third sentence of one day in a row leaves its date out (« Le même jour » once is enough).
  const when = event.date ? say.say(event.date, event.until, !event.status) : undefined;
  const sentence = eventSentence(ctx, event, {
    date: when === "" ? "none" : "lead",
    ...(when ? { dateText: when } : {}),
    ...(group.length > 1 ? { override: { actor: together(ctx, group) } } : {}),
  });
  if (conflicts.length === 0) return sentence;
  const separator = listSeparator(ctx.lang);
  const asides = conflicts.map((c) => conflictClause(ctx, c));
  return endSentence([withoutFinalStop(sentence), ...asides].join(separator));
}

/** Chronological order, undated last; on one day, departures before appointments. */
export function chronological(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => {
    if (a.date && b.date) return comparePartialDates(a.date, b.date) || a.sameDay - b.sameDay;
    return a.date ? -1 : b.date ? 1 : 0;
  });
}

// How events of one day are told: who left before who was named, then who joined, then the rest.
const SAME_DAY: Partial<Record<FactEvent["type"], number>> = {
  dismissal: 0,
  resignation: 0,
  departure: 1,
  appointment: 2,
  hiring: 3,
  joining: 4,
};
const LATER = 5;

/**
 * Events told as one sentence: the same thing done by several actors to one target on one day
 * (« Jakub Pachocki, Aleksander Madry et Szymon Sidor ont rejoint Microsoft »). Only events
 * phrased from their fields, without post or label, so that nothing is lost in the merge.
 */
function sharedEvents(events: readonly FactEvent[]): FactEvent[][] {
  const buckets = new Map<string, FactEvent[]>();
  const out: FactEvent[][] = [];
  for (const e of events) {
    if (e.text || e.role || e.label || !e.actor || !e.target || !e.date) {
      out.push([e]);
      continue;
    }
    const key = `${e.type}|${e.target}|${e.date}|${e.until ?? ""}|${e.status ?? ""}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(e);
    else {
      const fresh = [e];
      buckets.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** Several actors as one plural subject: « Jakub Pachocki, Aleksander Madry et Szymon Sidor ». */
function together(ctx: PhraseContext, group: readonly FactEvent[]): Named {
  const names = group.map((e) => ctx.name(e.actor)!);
  return {
    id: names[0]!.id,
    text: joinList(
      names.map((n) => n.text),
      ctx.lang,
    ),
    gender: names.every((n) => n.gender === "f") ? "f" : "m",
    plural: true,
    kind: names[0]!.kind,
  };
}

/** Highest score first; ties go to the earlier fact in the pack. */
export function byRank(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => b.score - a.score);
}
