import { fold, stripAccents } from "../../text/fold.js";
import type { LanguageConfig } from "../config.js";
import type { SentenceUnit } from "../types.js";
import { compileEntities } from "./entity-patterns.js";
import { firstName } from "./first-names.js";
import { grammar } from "./grammar.js";
import { institutionEnd } from "./institutions.js";
import { endsName } from "./numbered-names.js";

/** A capitalised sequence that may be a proper name, with where it is in its sentence. */
export interface NameCandidate {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** First word of its sentence (or of a quotation): capitals there prove nothing. */
  atStart: boolean;
  /** Honorific right before it (« M. », « Mme »), folded. */
  honorific?: string;
}

// Words: letters and digits, with inner apostrophes, hyphens, periods or ampersands
// (« d'OpenAI », « GPT-4 », « U.S », « AT&T »). No nested quantifier can backtrack.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.&][\p{L}\p{N}\p{M}]+)*/gu;
// What may stand between two capitalised words of one name: a space, or an ampersand between
// spaces (« Bernard & Fils », "Procter & Gamble" are one company, not two names).
const NAME_GAP = /^(?:[ \u00a0]|[ \u00a0]&[ \u00a0])$/;
const STARTERS = /[«“"(:–—]\s*$/;
// « 1. Quels mouvements ? », « – Lire aussi »: a list marker does not make the next word a name.
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[-–—•*])\s*$/;

interface Word {
  start: number;
  end: number;
  text: string;
  cap: boolean;
}

function words(text: string, cfg: LanguageConfig): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let start = m.index;
    let word = m[0];
    const elided = cfg.elision.exec(word);
    if (elided && elided[0].length < word.length) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // English possessive: « OpenAI's board ».
    if (/['’]s$/.test(word)) word = word.slice(0, -2);
    out.push({ start, end: start + word.length, text: word, cap: isUpper(word) });
  }
  return withQuotedLetters(out, text);
}

// A capital letter or two in quotation marks between two capitalised words: « Toys “R” Us ».
const QUOTED_LETTER = /^\p{Lu}\p{L}{0,2}$/u;
const OPENS = /^[ \u00a0]?["“‘'«][ \u00a0]?$/;
const CLOSES = /^[ \u00a0]?["”’'»][ \u00a0]?$/;

/**
 * « Toys “R” Us », "Babies 'R' Us": a letter quoted inside a name is one of its words, not a
 * quotation that cuts it; the three words are read as one, which no stopword (« Us ») then trims.
 */
function withQuotedLetters(list: Word[], text: string): Word[] {
  for (let k = 0; k + 2 < list.length; k++) {
    const [a, b, c] = [list[k]!, list[k + 1]!, list[k + 2]!];
    if (
      a.cap &&
      c.cap &&
      QUOTED_LETTER.test(b.text) &&
      OPENS.test(text.slice(a.end, b.start)) &&
      CLOSES.test(text.slice(b.end, c.start))
    )
      list.splice(k, 3, {
        start: a.start,
        end: c.end,
        text: text.slice(a.start, c.end),
        cap: true,
      });
  }
  return list;
}

// Lowercase particles inside a person's name, between a first name and a surname.
// « d' » is left out: « Altman d'OpenAI » is a name and its company far more often than a name.
const PARTICLES =
  /^ (?:(?:de|du|des|van|von|der|den|da|di|del|della|dos|das|ben|bin|ibn|al|el|la|le|ter) ){1,2}$/;

/**
 * First letter in capitals, without a regular expression: this runs on every word. "xAI",
 * "eBay": one or two small letters before a capital are a name's too.
 */
function isUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) {
    const second = word.charCodeAt(1);
    const third = word.charCodeAt(2);
    return (
      (second >= 65 && second <= 90) ||
      (second >= 97 && second <= 122 && third >= 65 && third <= 90)
    );
  }
  if (code < 128) return code >= 65 && code <= 90;
  const ch = word[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isStop(word: string, cfg: LanguageConfig): boolean {
  return cfg.nameStopwords.has(word) || cfg.nameStopwords.has(word.toLowerCase());
}

/**
 * Capitalised word sequences of a sentence that may be names. Honorifics are set apart
 * (« M. Brockman » gives « Brockman » with honorific « m »), stopwords trimmed from both ends
 * (« Selon Nadella » gives « Nadella »), single letters refused.
 */
export function nameCandidates(sentence: SentenceUnit, cfg: LanguageConfig): NameCandidate[] {
  const text = sentence.text;
  const list = words(text, cfg);
  const out: NameCandidate[] = [];
  const institutions = institutionSpans(list, text, cfg);
  let i = 0;
  while (i < list.length) {
    if (!list[i]!.cap) {
      i++;
      continue;
    }
    const institution = institutions.get(i);
    if (institution !== undefined) {
      // Its small letters are the name's own: no stopword or lowercase tail cuts it.
      const start = list[i]!.start;
      out.push({
        sentence: sentence.index,
        start,
        end: institution,
        text: text.slice(start, institution),
        atStart: false,
      });
      while (i < list.length && list[i]!.start < institution) i++;
      continue;
    }
    let j = i;
    for (;;) {
      const gap = text.slice(list[j]!.end, list[j + 1]?.start ?? 0);
      if (
        j + 1 < list.length &&
        list[j + 1]!.cap &&
        (NAME_GAP.test(gap) ||
          // « Rod J. Rosenstein », "Robert P. Smith": a middle initial with its period.
          (/^\p{Lu}$/u.test(list[j]!.text) && j > i && /^\.[ \u00a0]$/.test(gap)))
      ) {
        j++;
        continue;
      }
      // « sur France 2 et France 3 », "the Web 2.0 Summit": a number closing a name mid-sentence.
      if (
        j + 1 < list.length &&
        !list[j + 1]!.cap &&
        list[j]!.cap &&
        !isStop(list[j]!.text, cfg) &&
        /^[ \u00a0]$/.test(gap) &&
        !sentenceOpener(text.slice(0, list[j]!.start)) &&
        endsName(list[j + 1]!.text, text.slice(list[j + 1]!.end), cfg)
      ) {
        j++;
        continue;
      }
      // « Luca de Meo », « Ursula von der Leyen »: a first name, a particle, a surname.
      const lead = list
        .slice(i, j)
        .every((w) => isStop(w.text, cfg) || cfg.honorifics.has(w.text.toLowerCase()));
      const afterAcronym = j > i && acronymEnd(list[j - 1]!.text);
      if (
        (lead || afterAcronym) &&
        /^\p{Lu}\p{Ll}+$/u.test(list[j]!.text) &&
        !isStop(list[j]!.text, cfg)
      ) {
        const k = list.findIndex((w, n) => n > j && n <= j + 3 && w.cap);
        if (k > 0 && PARTICLES.test(text.slice(list[j]!.end, list[k]!.start))) {
          j = k;
          continue;
        }
      }
      // "Writers Guild of America", « Conseil Supérieur de l'Audiovisuel »: an institution's name
      // goes on after « de », "of" (not "Sam Altman of OpenAI": a person's name does not).
      const institution =
        list.slice(i, j + 1).some((w) => cfg.orgHeads.has(w.text)) ||
        cfg.orgSuffixes.has(list[j]!.text);
      if (institution) {
        const k = list.findIndex((w, n) => n > j && n <= j + 3 && w.cap);
        if (k > 0 && grammar(cfg).orgNameLink.test(text.slice(list[j]!.end, list[k]!.start))) {
          j = k;
          continue;
        }
      }
      break;
    }
    // « La Cour des comptes »: the run stops where an institution's name begins.
    for (let k = i + 1; k <= j; k++)
      if (institutions.has(k)) {
        j = k - 1;
        break;
      }
    let first = i;
    let last = j;
    let honorific: string | undefined;
    let titled = false;
    while (first <= last) {
      const w = list[first]!;
      const folded = stripAccents(w.text.toLowerCase());
      // « M. » needs its period (« M » alone is a letter); « Mme », « Dr », « Mr » do not.
      if (cfg.honorifics.has(folded) && (text[w.end] === "." || folded.length > 1)) {
        honorific = folded;
        first++;
        continue;
      }
      // « selon Le Courrier »: a capitalised article inside a sentence begins a title.
      titled =
        first < last && TITLE_ARTICLES.has(w.text) && !sentenceOpener(text.slice(0, w.start));
      if (isStop(w.text, cfg) && !titled) {
        honorific = undefined;
        first++;
        continue;
      }
      break;
    }
    while (last >= first && isStop(list[last]!.text, cfg)) last--;
    // A stopword inside a run splits it: « Boeing Chief Executive Kelly Smith » is two names.
    let from = first;
    // The words from `from` to before `k` as one name; `followed` when more capitals come after.
    const piece = (k: number, followed: boolean) =>
      pushName(
        out,
        sentence,
        text,
        list[from]!.start,
        list[k - 1]!.end,
        from === first ? honorific : undefined,
        cfg,
        followed,
      );
    for (let k = first; k <= last + 1; k++) {
      // « la députée LFI Danièle Obono », « Air France-KLM Alexandre de Juniac »: letters in
      // capitals, then a first name and a surname, are a party or a company and a person;
      // « la ministre de l'Economie Christine Lagarde »: a known first name starts the person.
      if (
        k > from &&
        k <= last &&
        personStart(list, k) &&
        (acronymEnd(list[k - 1]!.text) ||
          (firstName(list[k]!.text, cfg) !== undefined &&
            firstName(list[k - 1]!.text, cfg) === undefined &&
            !cfg.honorifics.has(list[k - 1]!.text.toLowerCase())))
      ) {
        piece(k, true);
        from = k;
        continue;
      }
      // Lowercase words inside a run are particles (« de » in « Marie de Villiers »), never a break;
      // nor is a capitalised one after a first name (« Yves Le Masne », « Marine Le Pen »).
      if (
        k <= last &&
        (!list[k]!.cap ||
          !isStop(list[k]!.text, cfg) ||
          (k === first && titled) ||
          (k > from &&
            k < last &&
            CAPITAL_PARTICLES.has(list[k]!.text) &&
            firstName(list[k - 1]!.text, cfg)))
      )
        continue;
      // A piece followed by more capitals (« Boeing » before « Chief Executive ») is a name even
      // at the start of the sentence.
      if (from <= k - 1) piece(k, k <= last);
      from = k + 1;
    }
    i = j + 1;
  }
  return out;
}

/**
 * Where each institution's name written in small letters after its head begins (the index of its
 * first word) and ends (a position in the text). A head that opens its sentence is left out: a
 * capital there says nothing (« Direction de la communication : … »).
 */
function institutionSpans(
  list: readonly Word[],
  text: string,
  cfg: LanguageConfig,
): Map<number, number> {
  const spans = new Map<number, number>();
  if (!cfg.institutions) return spans;
  for (let k = 0; k < list.length; k++) {
    const w = list[k]!;
    if (!w.cap || isStop(w.text, cfg) || sentenceOpener(text.slice(0, w.start))) continue;
    const end = institutionEnd(text, w.start, cfg);
    if (end === undefined || groupNoun(text.slice(w.start, end), w.text, cfg)) continue;
    spans.set(k, end);
    while (k + 1 < list.length && list[k + 1]!.start < end) k++;
  }
  return spans;
}

/**
 * « Le Conseil d'administration d'Acme »: a group's noun longer than the head (« conseil
 * d'administration ») is the company's board, written with a capital, not an institution.
 */
function groupNoun(name: string, head: string, cfg: LanguageConfig): boolean {
  const folded = fold(name);
  return compileEntities(cfg).groups.some(({ re }) => {
    re.lastIndex = 0;
    const m = re.exec(folded);
    return m !== null && m.index === 0 && m[0].length > head.length;
  });
}

/** Particles some surnames write with a capital: « Le Masne », « De Gaulle », « Van Dyke ». */
const CAPITAL_PARTICLES = new Set(["Le", "La", "De", "Du", "Van", "Von", "Di", "Da", "Del"]);

/** « PS », « LFI », « France-KLM »: a word that ends in two capitals or more. */
function acronymEnd(word: string): boolean {
  return /(?:^|-)\p{Lu}{2,6}$/u.test(word);
}

/** « Danièle Obono », « Alexandre de Juniac »: two words in title case, maybe a particle between. */
function personStart(list: readonly Word[], k: number): boolean {
  const initial = (w: Word | undefined) => w !== undefined && /^\p{Lu}$/u.test(w.text);
  const title = (w: Word | undefined) =>
    w !== undefined && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text);
  return (
    title(list[k]) &&
    (title(list[k + 1]) || initial(list[k + 1]) || (!list[k + 1]?.cap && title(list[k + 2])))
  );
}

/** Articles that a title written mid-sentence keeps: « Le Monde », « Les Echos », « The Verge ». */
const TITLE_ARTICLES = new Set(["Le", "La", "Les", "The"]);

/** Whether a word after `before` opens its sentence (or a quotation, or a list item). */
function sentenceOpener(before: string): boolean {
  return before.trim() === "" || STARTERS.test(before) || LIST_MARKER.test(before);
}

function pushName(
  out: NameCandidate[],
  sentence: SentenceUnit,
  text: string,
  start: number,
  end: number,
  honorific: string | undefined,
  cfg: LanguageConfig,
  followed: boolean,
): void {
  // « Les Fossoyeurs de » before a person's name: the particle left at the end goes.
  const tail = /(?:\s+[\p{Ll}'’]+)+$/u.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  const name = text.slice(start, end);
  // « sa Société des journalistes (SDJ) »: « Société » alone is a name cut short.
  if (cfg.genericHeads.has(name)) return;
  const before = text.slice(0, start);
  const atStart = !followed && sentenceOpener(before);
  const honor = honorific ?? honorificBefore(text, start, cfg);
  if (name.length > 1 || /\d/.test(name)) {
    out.push({
      sentence: sentence.index,
      start,
      end,
      text: name,
      atStart,
      ...(honor ? { honorific: honor } : {}),
    });
  }
}

/** « M. » or « Mme » written just before a name (with its period), folded, or undefined. */
function honorificBefore(text: string, start: number, cfg: LanguageConfig): string | undefined {
  const m = /(\p{L}{1,5})\.?[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 8), start));
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return cfg.honorifics.has(word) ? word : undefined;
}
