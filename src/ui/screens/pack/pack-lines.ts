import { findConflicts } from "../../../core/facts/conflicts.js";
import type { Language, Pack } from "../../../core/facts/model.js";
import { sourceName } from "../../../core/facts/sources.js";
import { formatClaimValue, formatDate } from "../../../core/i18n/format.js";
import { type MessageKey, msg } from "../../../core/i18n/msg.js";
import type { Summary } from "../../../core/summarise/index.js";
import { inert, inertLine } from "../../../core/text/inert.js";
import { type Line, line, item as listItem, para } from "../../lines.js";

/** The sections of the pack screen, in tab order. */
export const PACK_TABS: readonly MessageKey[] = [
  "pack.summary",
  "pack.timeline",
  "pack.people",
  "pack.sources",
  "pack.conflicts",
];

/** The rows of one section of the pack screen. Every pack text is made inert. */
export function packSection(
  tab: number,
  pack: Pack,
  summary: Summary,
  width: number,
  lang: Language,
  /** The interface's language, for what the screen itself says. */
  uiLang: Language = lang,
): Line[] {
  switch (PACK_TABS[tab]) {
    case "pack.summary":
      // The summary's paragraphs stay paragraphs (inert, not inertLine, keeps its line breaks).
      return [
        ...para(inertLine(pack.title), width, "heading"),
        line(""),
        ...para(inert(summary.summary).replace(/\n{3,}/g, "\n\n"), width),
      ];
    case "pack.timeline":
      // One heading per day, the day's events under it.
      return summary.timeline.flatMap((e, i) => [
        ...(i === 0 || summary.timeline[i - 1]!.date !== e.date
          ? [...(i > 0 ? [line("")] : []), line(formatDate(e.date, lang), "accent")]
          : []),
        ...listItem("• ", inertLine(e.text), width),
      ]);
    case "pack.people":
      return summary.people.flatMap((p) => [
        line(inertLine(p.name), "selected"),
        ...(p.role ? listItem("  ", inertLine(p.role), width, "muted") : []),
      ]);
    case "pack.sources":
      return pack.sources.flatMap((s) => {
        const parts = [
          s.published ? formatDate(s.published, lang) : "",
          s.author ?? "",
          s.url ?? "",
        ].filter(Boolean);
        return [
          ...listItem("• ", inertLine(sourceName(s, lang)), width, "selected"),
          ...(parts.length ? listItem("  ", inertLine(parts.join(" · ")), width, "muted") : []),
        ];
      });
    default:
      return conflictLines(pack, summary, width, lang, uiLang);
  }
}

/**
 * Where the sources disagree: the summary's sentences when it has them, else each disputed figure
 * with what every source says.
 */
function conflictLines(
  pack: Pack,
  summary: Summary,
  width: number,
  lang: Language,
  uiLang: Language,
): Line[] {
  if (summary.conflicts.length > 0)
    return summary.conflicts.flatMap((c) => listItem("• ", inertLine(c), width));
  const conflicts = findConflicts(pack.claims);
  if (conflicts.length === 0) return para(msg(uiLang, "pack.no-conflicts"), width, "muted");
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  return conflicts.flatMap((conflict) => [
    ...listItem("• ", inertLine(conflict.about), width, "heading"),
    ...conflict.claims.flatMap((id) => {
      const claim = claims.get(id)!;
      const by = claim.sources
        .map((s) => (sources.get(s) ? sourceName(sources.get(s)!, lang) : s))
        .join(", ");
      return listItem("    ", inertLine(`${formatClaimValue(claim, lang)} (${by})`), width);
    }),
  ]);
}

/** The question counts offered: 5, 10 and 20 where the pack has more, and all of them. */
export function countOptions(total: number): number[] {
  return [...new Set([...[5, 10, 20].filter((n) => n < total), total])];
}
