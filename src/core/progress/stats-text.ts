import type { Language } from "../facts/model.js";
import { isMessageKey, msg } from "../i18n/msg.js";
import { percent } from "../i18n/number.js";
import { fitWidth } from "../text/fit-width.js";
import { inertLine } from "../text/inert.js";
import type { ItemRef } from "./schedule.js";
import { LEECH_MISSES } from "./schedule.js";
import type { PackStats, Stats, Tally } from "./stats.js";

/** How `newsquiz stats` draws its figures. */
export interface StatsTextOptions {
  lang: Language;
  /** The command the reader runs newsquiz with (`newsquiz`, `npm start --`), to name it. */
  command?: string;
  /** The terminal's width; every line fits in it (40 columns at the least). */
  columns: number;
  /** The reader's day of a moment, YYYY-MM-DD. */
  dayOf: (at: Date) => string;
  /** What an item tests, when its pack could be read. */
  label?: (ref: ItemRef) => string | undefined;
  /** A pack's title, when it could be read. */
  title?: (pack: string) => string | undefined;
  /** The store's folder, named on the last line. */
  dir?: string;
}

const MAX_DAYS = 14;
const MAX_KINDS = 3;
const MAX_FACTS = 5;

/**
 * `newsquiz stats` as text: totals, then per pack its counts, last score, an accuracy chart by
 * day drawn with plain characters (`#` right, `.` wrong share), the weakest kinds and facts,
 * leeches and flagged questions. No colour and no control character: text from packs and from
 * the log is made inert, and every line is cut to the terminal's width.
 */
export function renderStats(stats: Stats, options: StatsTextOptions): string {
  const { lang } = options;
  const lines: string[] = [];
  if (stats.answers === 0) {
    lines.push(
      msg(lang, "stats.none"),
      msg(lang, "stats.start", { command: options.command ?? "newsquiz" }),
    );
  } else {
    const packs = Object.keys(stats.packs).length;
    lines.push(
      [
        msg(lang, "n.answers", { n: stats.answers }),
        msg(lang, "n.sessions", { n: stats.sessions }),
        msg(lang, "n.packs", { n: packs }),
      ].join(" · "),
      rightAndDue(stats, stats.due, lang),
    );
    for (const [id, pack] of Object.entries(stats.packs))
      lines.push("", ...packLines(id, pack, options));
  }
  const out = lines.map((l) => fitWidth(inertLine(l), options.columns));
  if (options.dir) out.push("", msg(lang, "stats.store", { dir: inertLine(options.dir) }));
  return `${out.join("\n")}\n`;
}

function packLines(id: string, pack: PackStats, options: StatsTextOptions): string[] {
  const { lang, columns } = options;
  const title = options.title?.(id);
  const name = (ref: ItemRef) => options.label?.(ref) ?? ("fact" in ref ? ref.fact : ref.question);
  const lines = [
    title ? `${id} · ${title}` : id,
    `  ${msg(lang, "n.answers", { n: pack.answers })} · ${msg(lang, "n.sessions", { n: pack.sessions })}`,
    `  ${rightAndDue(pack, pack.due, lang)}`,
  ];
  if (pack.lastScore) {
    const { score, total, at } = pack.lastScore;
    lines.push(`  ${msg(lang, "stats.last", { score, total, date: options.dayOf(new Date(at)) })}`);
  }
  lines.push(`  ${msg(lang, "stats.byDay")}`, ...chart(pack.days, lang, columns));
  const weakKinds = pack.kinds.filter((k) => k.correct < k.answers).slice(0, MAX_KINDS);
  if (weakKinds.length > 0) {
    const width = Math.max(...weakKinds.map((k) => [...kindName(lang, k.kind)].length));
    lines.push(`  ${msg(lang, "stats.kinds")}`);
    for (const k of weakKinds) {
      lines.push(`    ${kindName(lang, k.kind).padEnd(width)} ${figures(k, lang)}`);
    }
  }
  if (pack.weakest.length > 0) {
    lines.push(`  ${msg(lang, "stats.facts")}`);
    for (const f of pack.weakest.slice(0, MAX_FACTS)) {
      lines.push(`    ${`${f.correct}/${f.answers}`.padStart(5)}  ${name(f)}`);
    }
  }
  if (pack.leeches.length > 0) {
    lines.push(`  ${msg(lang, "stats.leeches", { n: LEECH_MISSES })}`);
    for (const ref of pack.leeches) lines.push(`    ${name(ref)}`);
  }
  if (pack.flagged.length > 0) {
    lines.push(`  ${msg(lang, "stats.flagged")}`);
    for (const f of pack.flagged) {
      const why = msg(lang, f.reason === "wrong" ? "flag.wrong" : "flag.unclear");
      lines.push(`    ${options.dayOf(new Date(f.at))} ${why}: ${f.question}`);
    }
  }
  return lines;
}

function rightAndDue(tally: Tally, due: number, lang: Language): string {
  return `${msg(lang, "stats.right", { pct: percent(tally.accuracy, lang) })} · ${msg(lang, "stats.due", { n: due })}`;
}

/** "  67%  2/3": the percentage right-aligned, then right answers out of answers. */
function figures(tally: Tally, lang: Language): string {
  return `${percent(tally.accuracy, lang).padStart(5)}  ${tally.correct}/${tally.answers}`;
}

/**
 * One row per day, the last {@link MAX_DAYS} days that have answers: the date, a bar whose
 * filled share is the day's accuracy, and the figures. The bar takes what the width leaves.
 */
function chart(days: PackStats["days"], lang: Language, columns: number): string[] {
  const shown = days.slice(-MAX_DAYS);
  const countsWidth = Math.max(...shown.map((d) => `${d.correct}/${d.answers}`.length));
  // indent, date, space, bar, space, percentage (5), two spaces, counts
  const width = Math.max(4, Math.min(20, columns - (4 + 10 + 1 + 1 + 5 + 2 + countsWidth)));
  const rows = shown.map((d) => {
    const filled = Math.round(d.accuracy * width);
    return `    ${d.date} ${"#".repeat(filled)}${".".repeat(width - filled)} ${figures(d, lang)}`;
  });
  const earlier = days.length - shown.length;
  if (earlier > 0)
    rows.push(`    ${msg(lang, "stats.earlier", { days: msg(lang, "n.days", { n: earlier }) })}`);
  return rows;
}

/** A kind of question as the reader knows it; an unknown kind as it is. */
function kindName(lang: Language, kind: string): string {
  const key = `stats.kind.${kind}`;
  return isMessageKey(key) ? msg(lang, key) : kind;
}
