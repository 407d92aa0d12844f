import type { Language } from "../facts/model.js";
import { formatDate, formatSpanShort } from "../i18n/format.js";
import { msg } from "../i18n/msg.js";
import { word } from "../phrase/words.js";
import { inert, inertLine } from "../text/inert.js";
import type { Summary } from "./index.js";

/** A summary as text: the summary, the timeline, who's who, where the sources disagree. */
export function renderSummary(summary: Summary, title: string, lang: Language): string {
  const out: string[] = [inertLine(title)];
  const heading = (text: string) => out.push("", text, "─".repeat(Math.min(40, text.length)));
  // Sections with nothing to show are left out: a pack of questions alone has no timeline.
  if (summary.summary) {
    heading(word(lang, "summary"));
    out.push(inert(summary.summary));
  }
  if (summary.timeline.length > 0) {
    heading(msg(lang, "facts.timeline"));
    const dates = summary.timeline.map((e) =>
      e.until ? formatSpanShort(e.date, e.until, lang) : formatDate(e.date, lang),
    );
    const width = Math.max(0, ...dates.map((d) => d.length));
    summary.timeline.forEach((e, i) => {
      out.push(`  ${dates[i]!.padEnd(width)}  ${inertLine(e.text)}`);
    });
  }
  if (summary.people.length > 0) {
    heading(word(lang, "people"));
    for (const p of summary.people) {
      out.push(`  ${inertLine(p.name)}${p.role ? ` — ${inertLine(p.role)}` : ""}`);
    }
  }
  if (summary.conflicts.length > 0) {
    heading(msg(lang, "facts.conflicts"));
    for (const c of summary.conflicts) out.push(`  ${inertLine(c)}`);
  }
  return `${out.join("\n")}\n`;
}
