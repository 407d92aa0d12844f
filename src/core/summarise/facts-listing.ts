import { findConflicts } from "../facts/conflicts.js";
import { comparePartialDates } from "../facts/dates.js";
import { indexFacts } from "../facts/fact-index.js";
import type { Entity, Language, Pack } from "../facts/model.js";
import { sourceName } from "../facts/sources.js";
import { formatClaimValue, formatDate } from "../i18n/format.js";
import { msg } from "../i18n/msg.js";
import { labelled, quoted } from "../i18n/typography.js";
import { phraseContext } from "../phrase/context.js";
import { eventLine } from "../phrase/event-sentence.js";
import { inertLine } from "../text/inert.js";

/**
 * The facts of a pack as a readable listing grouped by kind: sources, people, timeline,
 * figures, quotes, and where the sources disagree. Every pack text is made inert.
 */
export function renderFactsListing(pack: Pack, lang: Language = pack.language): string {
  const entity = new Map(pack.entities.map((e) => [e.id, e]));
  const source = new Map(pack.sources.map((s) => [s.id, s]));
  const name = (id: string | undefined) => (id ? (entity.get(id)?.name ?? id) : "");
  const cite = (ids: readonly string[]) => `[${ids.join(", ")}]`;
  const lines: string[] = [];
  const heading = (text: string) => lines.push("", text, "─".repeat(Math.min(40, text.length)));

  lines.push(`${pack.title} (${pack.id}, ${pack.language})`);
  if (pack.description) lines.push(pack.description);
  lines.push(
    msg(lang, "facts.counts", {
      sources: msg(lang, "n.sources", { n: pack.sources.length }),
      entities: msg(lang, "n.entities", { n: pack.entities.length }),
      events: msg(lang, "n.events", { n: pack.events.length }),
      claims: msg(lang, "n.claims", { n: pack.claims.length }),
      quotes: msg(lang, "n.quotes", { n: pack.quotes.length }),
    }),
  );

  heading(msg(lang, "facts.sources"));
  for (const s of pack.sources) {
    const parts = [
      sourceName(s, lang),
      s.published ? formatDate(s.published, lang) : "",
      s.url ?? "",
    ];
    lines.push(`  ${s.id}  ${parts.filter(Boolean).join(" · ")}`);
  }

  heading(msg(lang, "facts.people"));
  for (const e of pack.entities) lines.push(`  ${e.name}${roleOf(e, lang, pack.language)}`);

  heading(msg(lang, "facts.timeline"));
  const dated = pack.events
    .filter((e) => e.date)
    .sort((a, b) => comparePartialDates(a.date!, b.date!));
  const undated = pack.events.filter((e) => !e.date);
  const phrase = phraseContext(indexFacts(pack), lang);
  for (const e of [...dated, ...undated]) {
    const when = e.date ? formatDate(e.date, lang) : msg(lang, "facts.undated");
    lines.push(`  ${when.padEnd(18)} ${eventLine(phrase, e)} ${cite(e.sources)}`);
  }

  heading(msg(lang, "facts.figures"));
  for (const c of pack.claims) {
    lines.push(`  ${labelled(c.about, formatClaimValue(c, lang), lang)} ${cite(c.sources)}`);
  }

  heading(msg(lang, "facts.quotes"));
  for (const q of pack.quotes) {
    const when = q.date ? `, ${formatDate(q.date, lang)}` : "";
    lines.push(`  ${quoted(q.text, lang)} — ${name(q.speaker)}${when} ${cite(q.sources)}`);
  }

  const conflicts = findConflicts(pack.claims);
  if (conflicts.length > 0) {
    heading(msg(lang, "facts.conflicts"));
    const claim = new Map(pack.claims.map((c) => [c.id, c]));
    for (const conflict of conflicts) {
      lines.push(`  ${conflict.about}`);
      for (const id of conflict.claims) {
        const c = claim.get(id)!;
        const by = c.sources.map((s) => (source.get(s) ? sourceName(source.get(s)!, lang) : s));
        lines.push(`    ${formatClaimValue(c, lang)} (${by.join(", ")})`);
      }
    }
  }
  return `${lines.map(inertLine).join("\n")}\n`;
}

function roleOf(entity: Entity, lang: Language, packLang: Language): string {
  const description =
    entity.descriptions.find((d) => (d.lang ?? packLang) === lang) ?? entity.descriptions[0];
  return description ? ` — ${description.text}` : "";
}
