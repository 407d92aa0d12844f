import { questionableFacts } from "../extract/threshold.js";
import { isBackground } from "../facts/background.js";
import { comparePartialDates } from "../facts/dates.js";
import { indexFacts } from "../facts/fact-index.js";
import type { Language, Pack } from "../facts/model.js";
import { factsInUse } from "../facts/review.js";
import { conflictSentence } from "../phrase/claims.js";
import { type PhraseContext, phraseContext } from "../phrase/context.js";
import { descriptionOf } from "../phrase/descriptions.js";
import { eventLine } from "../phrase/event-sentence.js";
import { dateMention } from "./date-mention.js";
import { postsByHolder, roleFromEvents } from "./roles.js";
import { byRank, chronological, storyUnits, type Unit } from "./units.js";

export interface SummaryOptions {
  length: "short" | "long";
  lang?: Language;
}

/** The JSON shape of `newsquiz summary --json` (DESIGN.md). */
export interface Summary {
  summary: string;
  timeline: { date: string; text: string }[];
  people: { name: string; role: string }[];
  conflicts: string[];
}

/** At most this many sentences in a short summary (issue 3). */
export const SHORT_SENTENCES = 5;
/** Story sentences and figures a long summary tells at most, whatever the pack's size. */
const LONG_SENTENCES = 24;
const LONG_FIGURES = 8;
/** Sentences a paragraph of the recent events holds before the next day opens a new one. */
const MIN_PARAGRAPH = 4;

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
            chronological(shortStory(story)),
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
  const sentences = groups
    .filter((g) => g.length > 0)
    .map((group) =>
      group
        .map((unit) => {
          const sentence = unit.write(say);
          say.endSentence();
          return sentence;
        })
        .join(" "),
    );
  return sentences.join(paragraphs ? "\n\n" : " ");
}

/**
 * Splits a chronological story: what happened long before the latest events is background, told
 * first in a paragraph of its own; the recent events follow, a paragraph every few days.
 */
function paragraphs(units: readonly Unit[]): Unit[][] {
  const dated = units.filter((u) => u.date);
  const latest = dated.at(-1)?.date;
  if (!latest) return [[...units]];
  const background = dated.filter((u) => isBackground(u.date!, latest));
  const recent = units.filter((u) => !background.includes(u));
  const out: Unit[][] = [background];
  let current: Unit[] = [];
  for (const unit of recent) {
    const previous = current.at(-1);
    if (current.length >= MIN_PARAGRAPH && unit.date && previous?.date !== unit.date) {
      out.push(current);
      current = [];
    }
    current.push(unit);
  }
  out.push(current);
  return out.filter((p) => p.length > 0);
}

function timeline(ctx: PhraseContext): Summary["timeline"] {
  return ctx.index.pack.events
    .filter((e) => e.date)
    .sort((a, b) => comparePartialDates(a.date!, b.date!))
    .map((e) => ({ date: e.date!, text: eventLine(ctx, e) }));
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
