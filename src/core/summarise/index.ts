import { questionableFacts } from "../extract/threshold.js";
import { isBackground } from "../facts/background.js";
import { comparePartialDates } from "../facts/dates.js";
import { indexFacts } from "../facts/fact-index.js";
import type { Language, Pack } from "../facts/model.js";
import { factsInUse } from "../facts/review.js";
import { salience } from "../facts/salience.js";
import { conflictSentence } from "../phrase/claims.js";
import { type PhraseContext, phraseContext } from "../phrase/context.js";
import { descriptionOf } from "../phrase/descriptions.js";
import { eventLine } from "../phrase/event-sentence.js";
import { dateMention } from "./date-mention.js";
import { headlineWeight } from "./headline.js";
import { postsByHolder, roleFromEvents } from "./roles.js";
import { byRank, chronological, FIGURES, storyUnits, tellableEvents, type Unit } from "./units.js";

export interface SummaryOptions {
  length: "short" | "long";
  lang?: Language;
}

/** The JSON shape of `newsquiz summary --json` (DESIGN.md). */
export interface Summary {
  summary: string;
  /** Every dated event; `until` ends a span the sources give instead of one day. */
  timeline: { date: string; until?: string; text: string }[];
  people: { name: string; role: string }[];
  conflicts: string[];
}

/** At most this many sentences in a short summary (issue 3). */
export const SHORT_SENTENCES = 5;
/** Story sentences and figures a long summary tells at most, whatever the pack's size. */
const LONG_SENTENCES = 24;
const LONG_FIGURES = 8;
/** Sentences a topic needs for a paragraph of its own; fewer join the day's other news. */
const MIN_PARAGRAPH = 2;

/**
 * What a reader should retain of a pack: a summary composed from the facts by rank (what most
 * sources state and what the story turns on first, told in date order), a timeline, a who's-who
 * and where the sources disagree.
 */
export function summarise(whole: Pack, options: SummaryOptions): Summary {
  // Rejected facts, unreviewed ones the pack does not allow, and extracted ones below the
  // question threshold are never told.
  const pack = questionableFacts(factsInUse(whole));
  const index = indexFacts(pack);
  const ctx = phraseContext(index, options.lang ?? pack.language);
  const units = storyUnits(ctx, index);
  const story = byRank(units.filter((u) => !u.figure));
  const figures = byRank(units.filter((u) => u.figure));
  const text =
    options.length === "short"
      ? tell(
          ctx,
          [
            leadWithNews(ctx, shortStory(story)),
            figures.slice(0, Math.max(0, SHORT_SENTENCES - story.length)),
          ],
          false,
        )
      : tell(ctx, [
          ...paragraphs(chronological(story.slice(0, LONG_SENTENCES))),
          figures.slice(0, LONG_FIGURES),
        ]);
  return {
    // A pack of hand-written questions alone has no facts to tell: its description stands in.
    summary: text || (pack.description ?? ""),
    timeline: timeline(ctx),
    people: people(ctx),
    conflicts: index.conflicts.map((c) => conflictSentence(ctx, c)),
  };
}

/**
 * The best ranked sentences, and among them a disagreement when the sources have one: a
 * reader who retains five facts should know which of them the sources dispute.
 */
function shortStory(ranked: readonly Unit[]): Unit[] {
  const chosen = ranked.slice(0, SHORT_SENTENCES);
  if (chosen.some((u) => u.disputed)) return chosen;
  const disputed = ranked.find((u) => u.disputed);
  return disputed ? [...chosen.slice(0, SHORT_SENTENCES - 1), disputed] : chosen;
}

/** The units as text: each group a paragraph, or all in one when `paragraphs` is false. */
function tell(ctx: PhraseContext, groups: readonly Unit[][], paragraphs = true): string {
  const say = dateMention(ctx);
  const texts: string[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    const sentences: string[] = [];
    for (const unit of group) {
      sentences.push(unit.write(say));
      say.endSentence();
    }
    texts.push(sentences.join(" "));
    // A new paragraph names its first date again: « le même jour » points within one.
    if (paragraphs) say.endParagraph();
  }
  return texts.join(paragraphs ? "\n\n" : " ");
}

/**
 * The short summary's order: the story's main news first (the event the headlines and the most
 * sources are about), then the rest in date order, so that a reader who stops after one
 * sentence has the news, not the company's founding.
 */
function leadWithNews(ctx: PhraseContext, units: readonly Unit[]): Unit[] {
  const weight = (unit: Unit) => ({
    headline: headlineWeight(ctx.index, unit.events),
    // A sentence that tells several events (a post held in turn) weighs as its weightiest one.
    peak: Math.max(...unit.events.map((e) => salience(ctx.index, { kind: "event", fact: e }))),
  });
  const candidates = units
    .filter((u) => u.events.length > 0)
    .map((unit) => ({ unit, ...weight(unit) }))
    .sort(
      (a, b) =>
        b.headline - a.headline ||
        b.peak - a.peak ||
        // Of equal weight, what came first: a dismissal before the appointment it made room for.
        chronological([a.unit, b.unit]).indexOf(a.unit) * 2 - 1,
    );
  const main = candidates[0]?.unit;
  const rest = chronological(units.filter((u) => u !== main));
  return main ? [main, ...rest] : rest;
}

/**
 * Splits a chronological story: what happened long before the latest events is background, told
 * first in a paragraph of its own; the recent events follow, a paragraph per topic (who leads
 * or leaves, who joins, the talks, the protest, what was said), topics in the order they begin
 * and each in date order; what is undated, and figures told apart, come last.
 */
function paragraphs(units: readonly Unit[]): Unit[][] {
  const dated = units.filter((u) => u.date);
  const latest = dated.at(-1)?.date;
  const background = latest ? dated.filter((u) => isBackground(u.date!, latest)) : [];
  const topics = new Map<string, Unit[]>();
  const last: Unit[] = [];
  for (const unit of units) {
    if (background.includes(unit)) continue;
    if (!unit.date || unit.topic === FIGURES) {
      last.push(unit);
      continue;
    }
    const list = topics.get(unit.topic);
    if (list) list.push(unit);
    else topics.set(unit.topic, [unit]);
  }
  // Topics in the order they begin; what was said comments on the rest and comes after it.
  const ranked = [...topics.entries()]
    .sort(([a], [b]) => Number(a.startsWith("speech|")) - Number(b.startsWith("speech|")))
    .map(([, list]) => list);
  const out: Unit[][] = [background];
  const small: Unit[] = [];
  for (const list of ranked) {
    if (list.length >= MIN_PARAGRAPH || topics.size === 1) out.push(list);
    else small.push(...list);
  }
  if (small.length > 0) out.push(chronological(small));
  out.push(last);
  return out.filter((p) => p.length > 0);
}

function timeline(ctx: PhraseContext): Summary["timeline"] {
  return tellableEvents(ctx, ctx.index)
    .filter((e) => e.date)
    .sort((a, b) => comparePartialDates(a.date!, b.date!))
    .map((e) => ({
      date: e.date!,
      ...(e.until ? { until: e.until } : {}),
      text: eventLine(ctx, e),
    }));
}

// People and organisations, the most central first; products and places are not "who".
function people(ctx: PhraseContext): Summary["people"] {
  const posts = postsByHolder(ctx);
  const order = new Map(ctx.index.pack.entities.map((e, i) => [e.id, i]));
  return ctx.index.pack.entities
    .filter((e) => e.kind === "person" || e.kind === "organisation" || e.kind === "group")
    .sort(
      (a, b) =>
        (ctx.index.centrality.get(b.id) ?? 0) - (ctx.index.centrality.get(a.id) ?? 0) ||
        order.get(a.id)! - order.get(b.id)!,
    )
    .map((e) => ({
      name: ctx.name(e.id)!.text,
      role: descriptionOf(ctx, e)?.text ?? roleFromEvents(ctx, e.id, posts),
    }));
}
