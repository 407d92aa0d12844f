import type { Language } from "../facts/model.js";
import { msg } from "../i18n/msg.js";
import { inertLine } from "../text/inert.js";
import type { FactCard } from "./card.js";
import type { ReviewCounts } from "./queue.js";

// The review as plain lines: what line mode prints, and what a screen reader reads. Every text
// from the pack or an article goes through inertLine here.

/** "12 / 40 reviewed · 9 accepted · 3 rejected" (· 2 edited, when any were). */
export function progressText(counts: ReviewCounts, lang: Language): string {
  const edited =
    counts.edited > 0
      ? msg(lang, "triage.progress.edited", { edited: msg(lang, "n.edited", { n: counts.edited }) })
      : "";
  const accepted = msg(lang, "n.accepted", { n: counts.accepted });
  const rejected = msg(lang, "n.rejected", { n: counts.rejected });
  return msg(lang, "triage.progress", { ...counts, accepted, rejected }) + edited;
}

/** The details under a fact: its source, date and confidence. */
export function cardDetails(card: FactCard, lang: Language): string[] {
  return [
    msg(lang, "triage.source", { source: inertLine(card.sources) }),
    card.date ? msg(lang, "triage.date", { date: card.date }) : msg(lang, "triage.no-date"),
    ...(card.confidence ? [msg(lang, "triage.confidence", { confidence: card.confidence })] : []),
    ...(card.review ? [msg(lang, `triage.review.${card.review}`)] : []),
  ];
}

/** The evidence with the words the fact was read from in [brackets], for plain text. */
export function bracketedEvidence(card: FactCard, lang: Language): string {
  if (!card.evidence) return msg(lang, "triage.no-evidence");
  return card.evidence
    .map((s) => (s.marked ? `[${inertLine(s.text)}]` : inertLine(s.text)))
    .join("");
}

/** "Fact 3 of 40 to review · Event": where the review stands, and what kind of fact. */
export function positionText(card: FactCard, n: number, count: number, lang: Language): string {
  return `${msg(lang, "triage.position", { n, count })} · ${msg(lang, `triage.kind.${card.kind}`)}`;
}

/** A fact to review as lines: where it stands, its sentence, its evidence, its details. */
export function cardLines(card: FactCard, n: number, count: number, lang: Language): string[] {
  return [
    positionText(card, n, count, lang),
    inertLine(card.sentence),
    `${msg(lang, "triage.evidence")} ${bracketedEvidence(card, lang)}`,
    cardDetails(card, lang).join(" · "),
  ];
}
