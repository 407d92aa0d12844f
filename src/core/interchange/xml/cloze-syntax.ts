// Moodle's embedded-answer (Cloze) syntax, read as Moodle's qtype_multianswer reads it:
// `{MARK:TYPE:alternative~alternative…}` in the question text, each alternative an optional
// `=` (full marks) or `%weight%`, its text, and `#feedback`. `\}` and `\#` are the characters;
// a `#` right after `&` belongs to an HTML entity. Moodle decodes HTML entities in answers.
import { decodeHTML } from "entities";
import type { Said } from "../../i18n/msg.js";
import type { Blank } from "../../question/types/cloze/index.js";
import { choiceFields, type MoodleChoice } from "../choices.js";
import { RANGE_NOTE, valueAndTolerance } from "../numeric.js";

/** Moodle's type codes, long and short, with what each makes of a blank. */
const CODES: Record<string, Partial<Blank> & { type: Blank["type"] }> = {};
const define = (names: string[], blank: Partial<Blank> & { type: Blank["type"] }) => {
  for (const n of names) CODES[n] = blank;
};
define(["NUMERICAL", "NM"], { type: "numeric" });
define(["SHORTANSWER", "SA", "MW"], { type: "short" });
define(["SHORTANSWER_C", "SAC", "MWC"], { type: "short", caseSensitive: true });
define(["MULTICHOICE", "MC"], { type: "single" });
define(["MULTICHOICE_V", "MCV"], { type: "single", layout: "vertical" });
define(["MULTICHOICE_H", "MCH"], { type: "single", layout: "horizontal" });
define(["MULTICHOICE_S", "MCS"], { type: "single", shuffle: true });
define(["MULTICHOICE_VS", "MCVS"], { type: "single", layout: "vertical", shuffle: true });
define(["MULTICHOICE_HS", "MCHS"], { type: "single", layout: "horizontal", shuffle: true });
// A multiple-response blank is a column of boxes unless it says horizontal: no layout is that.
define(["MULTIRESPONSE", "MR"], { type: "multiple" });
define(["MULTIRESPONSE_H", "MRH"], { type: "multiple", layout: "horizontal" });
define(["MULTIRESPONSE_S", "MRS"], { type: "multiple", shuffle: true });
define(["MULTIRESPONSE_HS", "MRHS"], { type: "multiple", layout: "horizontal", shuffle: true });

const START = /\{(\d*):([A-Z_]+):/g;
const NUMBER = /^-?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?$/;

/** A cloze text read: the prompt with `{#n}` where each blank was, and the blanks. */
export type ReadCloze = { prompt: string; blanks: Blank[] } | { error: Said };

/** Reads the blanks Moodle's syntax embeds in a text; a text with none gives no blanks. */
export function readMoodleCloze(text: string): ReadCloze {
  const blanks: Blank[] = [];
  let prompt = "";
  let from = 0;
  for (const match of text.matchAll(START)) {
    if (match.index < from) continue;
    const kind = CODES[match[2]!];
    if (!kind) continue;
    const bodyStart = match.index + match[0].length;
    const end = unescaped(text, "}", bodyStart);
    if (end < 0) return { error: { key: "xml.blank-open", vars: { text: quote(match[0]) } } };
    const n = blanks.length + 1;
    const read = readBlank(kind, text.slice(bodyStart, end), n);
    if ("error" in read) return read;
    // Fields left undefined are left out, as a pack writes them.
    const blank = JSON.parse(JSON.stringify(read)) as Blank;
    const mark = match[1] === "" ? 1 : Number(match[1]);
    blanks.push(mark > 0 && mark !== 1 ? { ...blank, mark } : blank);
    prompt += `${text.slice(from, match.index)}{#${n}}`;
    from = end + 1;
  }
  return { prompt: prompt + text.slice(from), blanks };
}

interface Alternative {
  weight?: number;
  text: string;
  feedback?: string;
}

function readBlank(
  kind: Partial<Blank> & { type: Blank["type"] },
  body: string,
  n: number,
): Blank | { error: Said } {
  const alternatives = split(body, "~")
    .map(readAlternative)
    .filter((a) => a.text !== "");
  if (kind.type === "numeric") {
    const answers: Record<string, unknown>[] = [];
    let feedbackWrong: string | undefined;
    for (const a of alternatives) {
      if (a.text === "*") {
        feedbackWrong = a.feedback;
        continue;
      }
      const [value, tolerance] = a.text.split(":");
      if (
        !NUMBER.test(value!.trim()) ||
        (tolerance !== undefined && !NUMBER.test(tolerance.trim()))
      )
        return { error: { key: "xml.blank-not-number", vars: { n, text: quote(a.text) } } };
      const tol = tolerance === undefined ? 0 : Math.abs(toNumber(tolerance));
      const answer: Record<string, unknown> =
        tol > 0 ? { value: toNumber(value!), tolerance: tol } : { value: toNumber(value!) };
      if ((a.weight ?? 0) !== 100) answer.weight = a.weight ?? 0;
      if (a.feedback !== undefined) answer.feedback = a.feedback;
      answers.push(answer);
    }
    if (!answers.some((a) => a.weight === undefined))
      return { error: { key: "xml.blank-no-full-marks", vars: { n } } };
    return { ...kind, type: "numeric", answers, feedbackWrong } as Blank;
  }
  if (kind.type === "short") {
    let feedbackWrong: string | undefined;
    const answers: unknown[] = [];
    for (const a of alternatives) {
      const weight = a.weight ?? 0;
      if (a.text === "*" && weight === 0) {
        feedbackWrong = a.feedback;
        continue;
      }
      answers.push(
        weight === 100 && a.feedback === undefined
          ? a.text
          : { text: a.text, weight: weight === 100 ? undefined : weight, feedback: a.feedback },
      );
    }
    if (
      !answers.some((a) => typeof a === "string" || (a as { weight?: number }).weight === undefined)
    )
      return { error: { key: "xml.blank-no-full-marks", vars: { n } } };
    return { ...kind, type: "short", answers, feedbackWrong } as Blank;
  }
  if (alternatives.length < 2) return { error: { key: "xml.blank-few-choices", vars: { n } } };
  const choices: MoodleChoice[] =
    kind.type === "single"
      ? alternatives.map((a) => ({ ...a, correct: a.weight === 100 }))
      : responseWeights(alternatives);
  if (!choices.some((c) => c.correct)) return { error: { key: "xml.blank-no-right", vars: { n } } };
  const fields = choiceFields(kind.type, choices) as { choices: unknown[] };
  return { ...kind, choices: fields.choices } as Blank;
}

/** Moodle scales the positive weights of a multiple-response blank to add up to 100 %. */
function responseWeights(alternatives: Alternative[]): MoodleChoice[] {
  const explicit = alternatives.some((a) => a.weight !== undefined && a.weight !== 100);
  const total = alternatives.reduce((sum, a) => sum + Math.max(0, a.weight ?? 0), 0);
  return alternatives.map((a) => {
    const w = a.weight ?? 0;
    const weight = total === 0 ? w : w > 0 ? (w * 100) / total : explicit ? w : -10000 / total;
    return { text: a.text, feedback: a.feedback, correct: weight > 0, weight };
  });
}

function readAlternative(raw: string): Alternative {
  let rest = raw;
  let weight: number | undefined;
  const percent = /^%(-?\d+(?:[.,]\d*)?)%/.exec(rest);
  if (rest.startsWith("=")) {
    weight = 100;
    rest = rest.slice(1);
  } else if (percent) {
    weight = Number(percent[1]!.replace(",", "."));
    rest = rest.slice(percent[0].length);
  }
  const hash = unescaped(rest, "#", 0, true);
  const text = clean(hash < 0 ? rest : rest.slice(0, hash));
  const feedback = hash < 0 ? undefined : clean(rest.slice(hash + 1));
  return { weight, text, feedback: feedback === "" ? undefined : feedback };
}

function clean(text: string): string {
  return decodeHTML(text.replace(/\\([}#~])/g, "$1")).trim();
}

function toNumber(text: string): number {
  return Number(text.trim().replace(",", "."));
}

/** Index of `ch` not escaped by a backslash (nor, for `#`, part of an HTML entity `&#`). */
function unescaped(text: string, ch: string, from: number, entity = false): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === ch && !(entity && text[i - 1] === "&")) return i;
  }
  return -1;
}

function split(text: string, ch: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === ch) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/** Moodle's code for a blank, in its long form. */
function codeOf(blank: Blank): string {
  if (blank.type === "numeric") return "NUMERICAL";
  if (blank.type === "short") return blank.caseSensitive ? "SHORTANSWER_C" : "SHORTANSWER";
  const base = blank.type === "single" ? "MULTICHOICE" : "MULTIRESPONSE";
  const layout =
    blank.layout === "vertical" && blank.type === "single"
      ? "V"
      : blank.layout === "horizontal"
        ? "H"
        : "";
  const suffix = layout + (blank.shuffle ? "S" : "");
  return suffix ? `${base}_${suffix}` : base;
}

const escapeCloze = (text: string) => text.replace(/[}#~]/g, "\\$&");
/** One alternative: its weight (none for 0, unless the text itself starts like one), text, feedback. */
function weighted(
  weight: number | undefined,
  text: string,
  feedback?: string,
  zeroShown = false,
): string {
  const w = weight ?? 0;
  const bare = w === 0 && !zeroShown && !/^[=%]/.test(text);
  const prefix = w === 100 ? "=" : bare ? "" : `%${Number(w.toFixed(5))}%`;
  return `${prefix}${escapeCloze(text)}${feedback === undefined ? "" : `#${escapeCloze(feedback)}`}`;
}

/**
 * A blank in Moodle's syntax, and what it could not hold (a range is written as its middle, give
 * or take half its width).
 */
export function writeMoodleBlank(blank: Blank, note: (message: Said) => void): string {
  const mark = blank.mark ?? 1;
  let alternatives: string[];
  if (blank.type === "single") {
    alternatives = blank.choices.map((c) =>
      weighted(c.correct ? 100 : c.weight, c.text, c.feedback),
    );
  } else if (blank.type === "multiple") {
    const share = 100 / blank.choices.filter((c) => c.correct).length;
    // A 0 is written, or Moodle would make the choice cancel a right one.
    alternatives = blank.choices.map((c) =>
      weighted(c.weight ?? (c.correct ? share : -share), c.text, c.feedback, true),
    );
  } else if (blank.type === "short") {
    alternatives = blank.answers.map((a) =>
      typeof a === "string" ? weighted(100, a) : weighted(a.weight ?? 100, a.text, a.feedback),
    );
    if (blank.feedbackWrong !== undefined) alternatives.push(weighted(0, "*", blank.feedbackWrong));
  } else {
    alternatives = blank.answers.map((a) => {
      const { value, tolerance, range } = valueAndTolerance(a);
      if (range) note(RANGE_NOTE);
      return weighted(
        a.weight ?? 100,
        tolerance ? `${value}:${tolerance}` : String(value),
        a.feedback,
      );
    });
    if (blank.feedbackWrong !== undefined) alternatives.push(weighted(0, "*", blank.feedbackWrong));
  }
  return `{${mark}:${codeOf(blank)}:${alternatives.join("~")}}`;
}
