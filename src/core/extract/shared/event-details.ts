import type { LanguageConfig } from "../config.js";
import type { DateMention } from "../types.js";
import type { SentenceContext } from "./context.js";
import type { Compiled } from "./event-patterns.js";
import { type Grammar, grammar } from "./grammar.js";

/**
 * The date of an event: the one whose « après » phrase holds it, else the nearest in the sentence
 * that no relative clause separates from it (« qu'il a dirigée jusqu'en mars, qui a annoncé »).
 */
export function dateFor(
  dates: readonly DateMention[],
  ts: number,
  te: number,
  folded: string,
  c: Compiled,
): DateMention | undefined {
  const g = c.g;
  const owner = dates.find((d) => d.ownsEventsInside && d.start <= ts && te <= d.end);
  if (owner) return owner;
  let best: DateMention | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (d.ownsEventsInside) continue;
    // « directrice financière depuis 2020 », "CEO since 2019": when a state began, not an event.
    if (g.since.test(folded.slice(Math.max(0, d.start - 8), d.start + 7))) continue;
    if (inAside(folded, d, ts) || inRelative(folded, ts, te, d, g.relativeOpen)) continue;
    const between = d.end <= ts ? folded.slice(d.end, ts) : folded.slice(te, d.start);
    c.clauseBreak.lastIndex = 0;
    // A relative pronoun, not the start of « quitté »: « qu' » ends with its apostrophe.
    if (g.relativeInside.test(between)) continue;
    const gap = between.length;
    if (gap < distance) {
      best = d;
      distance = gap;
    }
  }
  return best;
}

/**
 * "Gelsinger, who is also leaving the board, started working for Intel in 1979": an event told
 * in a relative clause between commas takes no date from after the clause.
 */
function inRelative(folded: string, ts: number, te: number, d: DateMention, open: RegExp): boolean {
  if (d.start < te) return false;
  const comma = folded.lastIndexOf(",", ts);
  const close = folded.indexOf(",", te);
  return comma >= 0 && close >= 0 && close < d.start && open.test(folded.slice(comma + 1, ts));
}

/**
 * « Vega, fondée en 2015 par Léa Martin, recrute », "Roux, who joined in 2019, resigned": a date
 * inside an aside between commas, before the verb, belongs to the aside. A date set off alone
 * (« Mais, en 2015, Vega a recruté ») is the verb's.
 */
function inAside(folded: string, d: DateMention, ts: number): boolean {
  if (d.end > ts) return false;
  const open = folded.lastIndexOf(",", d.start);
  const close = folded.indexOf(",", d.end);
  if (open < 0 || close < 0 || close >= ts) return false;
  const words = `${folded.slice(open + 1, d.start)} ${folded.slice(d.end, close)}`
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 2;
}

/** The post in an appointment: « comme PDG par intérim d'OpenAI » gives the role and the org. */
export function roleAfter(
  ctx: SentenceContext,
  te: number,
  c: Compiled,
  cfg: LanguageConfig,
  dates: readonly DateMention[],
): { role?: string; org?: string } | undefined {
  const folded = ctx.sentence.folded;
  let span = matchSpan(c.roleIntro.exec(folded.slice(te, te + 140)), te);
  if (!span && cfg.roleDirect) {
    // « appointed Maria Lopez chief executive »: the post right after the person appointed, with
    // at most a date between verb and person (« a nommé jeudi Claire Dubois directrice »).
    const person = ctx.mentions.find(
      (x) => x.kind === "person" && x.start >= te && onlyDatesBetween(folded, te, x.start, dates),
    );
    if (person)
      span = matchSpan(c.roleBare.exec(folded.slice(person.end, person.end + 100)), person.end);
    // « a été nommée directrice générale », "was named chief executive": the post right after
    // the verb.
    if (!span) {
      const gap = /^\s*/.exec(folded.slice(te))![0].length;
      span = matchSpan(c.roleBare.exec(folded.slice(te + gap, te + gap + 100)), te + gap);
    }
  }
  if (!span) return undefined;
  const { start } = span;
  let { end } = span;
  // The post stops where a date starts: « directrice générale mercredi », « CEO on Monday ».
  for (const d of dates) if (d.start > start && d.start < end) end = d.start;
  // « a nommé directrice générale Claire Dumas »: the post ends where the person's name starts.
  for (const m of ctx.mentions)
    if (m.kind === "person" && m.start > start && m.start < end) end = m.start;
  const org = ctx.mentions.find(
    (x) => x.start >= start && x.start < end && x.kind === "organisation",
  );
  if (org) {
    const cut = folded.slice(start, org.start).search(c.g.orgLinkEnd);

    end = cut >= 0 ? start + cut : org.start;
  }
  const role = ctx.sentence.text
    .slice(start, end)
    .replace(grammar(cfg).timeTail, "")
    .replace(grammar(cfg).postDangling, "")

    .replace(/[\s,]+$/, "")
    .trim();
  return { ...(role ? { role } : {}), ...(org ? { org: org.entity } : {}) };
}

/** Whether nothing but spaces and dates stands between `from` and `to`. */
function onlyDatesBetween(
  folded: string,
  from: number,
  to: number,
  dates: readonly DateMention[],
): boolean {
  let at = from;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    if (d.start < at || d.end > to) continue;
    if (!/^\s*$/.test(folded.slice(at, d.start))) return false;
    at = d.end;
  }
  return /^\s*$/.test(folded.slice(at, to));
}

function matchSpan(
  m: RegExpExecArray | null,
  offset: number,
): { start: number; end: number } | undefined {
  if (!m) return undefined;
  const [from, to] = m.indices![1]!;
  return { start: offset + from, end: offset + to };
}

/** The organisation after « chez », « au sein de », « à la tête de ... de », within the clause. */
export function employerAfter(
  ctx: SentenceContext,
  te: number,
  cfg: LanguageConfig,
): string | undefined {
  const folded = ctx.sentence.folded;
  const m = new RegExp(
    `^[^;:.«»]{0,80}?(?<![\\p{L}])(?:${cfg.employerIntro})(?![\\p{L}])[^;:,.«»]{0,80}?$`,
    "u",
  );
  const org = ctx.mentions.find(
    (x) =>
      x.start > te &&
      x.start - te < 160 &&
      x.kind === "organisation" &&
      m.test(folded.slice(te, x.start)),
  );
  return org?.entity;
}

// What an announcement announced, as the noun phrase right after the verb: « a annoncé la
// suppression de 150 postes », "announced plans to cut 600 jobs". The phrase starts with a
// determiner (or "plans") and stops at punctuation, a date, a clause or an adverbial phrase (the
// language's words, grammar.ts).
export function announcedLabel(
  ctx: SentenceContext,
  te: number,
  dates: readonly DateMention[],
  g: Grammar,
): string | undefined {
  const text = ctx.sentence.text;
  let at = te;
  // « a annoncé jeudi la suppression »: dates between the verb and what it announced are skipped.
  for (;;) {
    const gap = /^\s*/.exec(text.slice(at))![0].length;
    const d = dates.find((x) => x.start === at + gap);
    if (!d) {
      at += gap;
      break;
    }
    at = d.end;
  }
  const rest = text.slice(at, at + 120);
  if (!g.announcedStart.test(rest)) return undefined;
  let end = rest.length;
  const stop = g.announcedStop.exec(rest.slice(1));
  if (stop) end = stop.index + 1;
  for (const d of dates) if (d.start > at && d.start - at < end) end = d.start - at;
  const words = rest.slice(0, end).trim().split(/\s+/).slice(0, 10).join(" ");
  const label = words.replace(g.announcedDangling, "").trim();
  // A determiner alone, or with one word (« son départ » is fine, « la » is not).
  return label.split(/\s+|(?<=['’])/u).length >= 2 ? label : undefined;
}
