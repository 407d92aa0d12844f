import { parsePartialDate } from "../facts/dates.js";
import type { FactRef } from "../facts/fact-index.js";
import type { Entity, Pack } from "../facts/model.js";
import { MONTHS } from "../i18n/calendar.js";
import { formatDate } from "../i18n/format.js";
import { parseNumber } from "../quiz/parse-reply.js";
import { plainPunctuation, stripAccents } from "../text/fold.js";

/** A run of the evidence sentence, marked when the fact was read from those words. */
export interface Segment {
  text: string;
  marked: boolean;
}

const LEADING_ARTICLE = /^(?:les?|la|l'|the)\s*/;
const NUMBER = /\d(?:[\d.,\u00a0\u202f ]*\d)?/g;
const SCALE: [RegExp, number][] = [
  [/^\s*(?:milliards?|billions?|bn)\b/i, 1e9],
  [/^\s*(?:millions?|m)\b/i, 1e6],
];
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The evidence sentence cut into runs, the words the fact was read from marked: the names of
 * the people and organisations it involves (by name or alias), its figures, its date (day,
 * month, year, weekday), its role, the words of its quotation. The extractor keeps the sentence,
 * not the spans, so they are found again here; a word that cannot be found is simply not marked.
 */
export function highlightEvidence(pack: Pack, ref: FactRef, evidence: string): Segment[] {
  const folded = foldWithPositions(evidence);
  const ranges: [number, number][] = [];
  const mark = (needle: string) => {
    for (const range of findAll(folded, needle)) ranges.push(range);
  };
  const entity = (id: string | undefined) => {
    const e = pack.entities.find((x) => x.id === id);
    if (e) for (const name of namesOf(e)) mark(name);
  };
  const { fact } = ref;
  if (ref.kind === "event") {
    entity(ref.fact.actor);
    entity(ref.fact.target);
    entity(ref.fact.org);
    if (ref.fact.role) mark(ref.fact.role);
  } else if (ref.kind === "claim") {
    entity(ref.fact.subject);
    for (const range of numbersIn(evidence, [ref.fact.value, ref.fact.total])) ranges.push(range);
  } else {
    entity(ref.fact.speaker);
    mark(ref.fact.text);
  }
  if (fact.date) for (const word of dateWords(fact.date)) mark(word);
  return segments(evidence, merge(ranges));
}

function namesOf(entity: Entity): string[] {
  const names = [entity.name, ...entity.aliases];
  return [...names, ...names.map((n) => n.replace(LEADING_ARTICLE, ""))];
}

/** Words a text may use for a date: "17 novembre", "November 17", the year, the weekday. */
function dateWords(date: string): string[] {
  const p = parsePartialDate(date);
  if (!p) return [];
  const words = [String(p.year)];
  if (p.month === undefined) return words;
  for (const lang of ["fr", "en"] as const) {
    const month = MONTHS[lang][p.month - 1]!;
    if (p.day === undefined) {
      words.push(month);
      continue;
    }
    const weekday = formatDate(date, lang, { weekday: true, year: false }).split(/,? /)[0]!;
    words.push(
      formatDate(date, lang),
      `${p.day} ${month} ${p.year}`,
      formatDate(date, lang, { year: false }),
      `${p.day} ${month}`,
      weekday,
    );
  }
  return words;
}

/** Where the figures appear: a number written either way, times « milliards » when it says so. */
function numbersIn(text: string, values: readonly (number | undefined)[]): [number, number][] {
  const wanted = values.filter((v): v is number => v !== undefined);
  const out: [number, number][] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    const end = start + m[0].trimEnd().length;
    const written = m[0].trim();
    const after = text.slice(end);
    const scale = SCALE.find(([re]) => re.test(after));
    const readings = [parseNumber(written, "fr"), parseNumber(written, "en")].flatMap((n) =>
      n === undefined ? [] : scale ? [n, n * scale[1]] : [n],
    );
    if (!readings.some((n) => wanted.includes(n))) continue;
    const word = scale ? (scale[0].exec(after)?.[0].length ?? 0) : 0;
    out.push([start, end + word]);
  }
  return out;
}

interface Folded {
  text: string;
  /** For each character of `text`, where it comes from in the original. */
  from: number[];
}

/** The text lowercased, without accents, plain punctuation, spaces as " ", keeping positions. */
function foldWithPositions(text: string): Folded {
  let out = "";
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const plain = /[\s\u00a0\u202f]/.test(ch)
      ? " "
      : plainPunctuation(stripAccents(ch)).toLowerCase();
    for (const c of plain) {
      out += c;
      from.push(i);
    }
    i += ch.length;
  }
  from.push(i);
  return { text: out, from };
}

/** Every whole-word occurrence of `needle` in the folded text, as ranges of the original. */
function findAll(folded: Folded, needle: string): [number, number][] {
  const key = foldWithPositions(needle.trim()).text;
  if (key.length < 2) return [];
  const out: [number, number][] = [];
  for (let at = folded.text.indexOf(key); at >= 0; at = folded.text.indexOf(key, at + 1)) {
    const before = folded.text[at - 1] ?? " ";
    const after = folded.text[at + key.length] ?? " ";
    if (LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) continue;
    out.push([folded.from[at]!, folded.from[at + key.length]!]);
  }
  return out;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function segments(text: string, ranges: readonly [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
