import { rememberedPer } from "../../memo.js";
import type { LanguageConfig } from "../config.js";
import type { ArticleState } from "../state.js";
import type { Mention, SentenceUnit } from "../types.js";
import { inside } from "./context.js";
import { governed, prepositionBefore, SPEAKER_KINDS } from "./discourse.js";
import type { QuoteSpan } from "./quote-spans.js";

/** The attribution patterns of a language, compiled once. */
function compileQuotesOnce(cfg: LanguageConfig) {
  const w = cfg.quoteWords;
  const verb = `(?:${cfg.speechVerbs})`;
  // Inside the larger patterns the inversion captures nothing; `inversion` finds its pronoun.
  const inv = (w.inversion ?? "(?!)").replace(/\((?!\?)/g, "(?:");
  const pronouns = cfg.subjectPronouns.map((p) => p.word).join("|");
  const adverbs = `(?:(?:${w.adverbs})\\s+){0,2}`;
  return {
    /** An inverted pronoun (« a-t-il »), the pronoun captured. */
    inversion: w.inversion ? new RegExp(w.inversion, "u") : undefined,
    /** Right after a quotation: an auxiliary, a speech verb, maybe an inverted pronoun. */
    verbFirst: new RegExp(
      `^(?:(?:${w.auxiliaries})(?:${inv})?\\s+)?${adverbs}(${verb})(?:${inv})?(?![\\p{L}])`,
      "u",
    ),
    /** Right after a quotation: a subject pronoun, then the speech verb. */
    pronounFirst: new RegExp(
      `^(${pronouns})\\s+(?:(?:${w.auxiliaries})\\s+)?${adverbs}${verb}(?![\\p{L}])`,
      "u",
    ),
    /** After a name: maybe a relative clause between commas, then the speech verb. */
    verbAfterName: new RegExp(
      `^(?:\\s*,\\s*(?:${w.asides})[^,;.]{1,120},)?\\s+(?:(?:${w.auxiliaries})\\s+)?${adverbs}${verb}(?![\\p{L}])`,
      "u",
    ),
    /** Before a quotation: the last speech verb, then a few words up to it. */
    verbBefore: new RegExp(
      `(?<![\\p{L}])(${verb}|${w.participles})(?![\\p{L}])[^«»“”"]{0,100}$`,
      "u",
    ),
    /** A subject pronoun right before a speech verb. */
    pronounBeforeVerb: new RegExp(
      `(?<![\\p{L}])(${pronouns})\\s+(?:(?:${w.auxiliaries})\\s+)?${adverbs}$`,
      "u",
    ),
    according: new RegExp(`(?<![\\p{L}])(?:${w.according})\\s+$`, "u"),
    continuation: new RegExp(`(?<![\\p{L}])(?:${w.continuation})\\s*:?\\s*$`, "u"),
    participle: new RegExp(`^(?:${w.participles})$`, "u"),
    told: new RegExp(`^(?:${w.told ?? "(?!)"})$`, "u"),
    /** A relative clause or a verb of its own between a speech verb and a name. */
    clause: new RegExp(`(?<![\\p{L}])(?:${cfg.relativeWords})(?![\\p{L}])`, "u"),
    preposition: prepositionBefore(cfg),
    /** « a commenté une salariée », "said a spokesman": someone the article does not name. */
    unnamed: new RegExp(`^(?:${cfg.indefinites})\\s`, "u"),
    companyReference: new RegExp(`^(?:${cfg.companyReference})\\s+${verb}(?![\\p{L}])`, "u"),
    /** "the letter states", « le communiqué précise »: a writing (captured), then a speech verb. */
    document: new RegExp(
      `^(?:${w.documentDeterminers})\\s+(${w.documents})\\s+(?:(?:${w.auxiliaries})\\s+)?${adverbs}${verb}(?![\\p{L}])`,
      "u",
    ),
  };
}

/** {@link compileQuotesOnce}, once for each language. */
export const compileQuotes = rememberedPer(compileQuotesOnce);

/** The attribution patterns of a language. */
export type Compiled = ReturnType<typeof compileQuotesOnce>;

/** The speaker of the quotation before, and the paragraph it stands in: whom « il » may be. */
export interface LastSpeaker {
  speaker: string;
  paragraph: number;
}

/** A speaker found for a quotation, and how. */
export interface Found {
  speaker: string;
  /** How it was found: the quote's rule family (`quote/<how>`). */
  how: string;
  reason: string;
}

/** The speaker a rule points to, found how it says; nothing when the rule names nobody. */
function found(speaker: string | undefined, how: string, reason: string): Found | undefined {
  return speaker ? { speaker, how, reason } : undefined;
}

/** A quotation of the article: the paragraph it is in, and the sentences it opens and closes in. */
export interface Quotation {
  span: QuoteSpan;
  paragraph: number;
  open: SentenceUnit;
  close: SentenceUnit;
  text: string;
}

/**
 * One quotation to attribute, with what every rule reads it with: the article, the language's
 * patterns, and the speaker of the quotation before it (whom a pronoun may stand for).
 */
export interface Attributing {
  state: ArticleState;
  q: Quotation;
  c: Compiled;
  last: LastSpeaker | undefined;
}

/**
 * The speaker named after a speech verb, in [from, to): the first name there, or the person a
 * title names (« said BP chairman Carl-Henric Svanberg »). Nothing when a clause comes first
 * (« des élus locaux parmi lesquels figure le maire X »: the mayor is not the speaker).
 */
function speakerIn(
  state: ArticleState,
  s: SentenceUnit,
  from: number,
  to: number,
  c: Compiled,
): Mention | undefined {
  const inQuote = state.quotes[s.index] ?? [];
  const here = state.mentions[s.index]!.filter(
    (m) =>
      m.start >= from &&
      m.start < to &&
      SPEAKER_KINDS.includes(m.kind) &&
      !inside(inQuote, m.start) &&
      !governed(s.text.slice(from), m.start - from, c.preposition),
  );
  const first = here[0];
  const gap = s.folded.slice(from, first?.start ?? to).trimStart();
  if (!first || c.clause.test(gap) || c.unnamed.test(gap)) return undefined;
  const next = here[1];
  if (
    first.kind !== "person" &&
    next?.kind === "person" &&
    next.start - first.end <= 45 &&
    /^[\s\p{L}'’-]*$/u.test(s.folded.slice(first.end, next.start))
  )
    return next;
  return first;
}

/** The entity a pronoun stands for: the last speaker when it fits, else the discourse's. */
function pronounSpeaker(
  state: ArticleState,
  word: string,
  s: SentenceUnit,
  last: LastSpeaker | undefined,
): string | undefined {
  const rule = state.cfg.subjectPronouns.find((p) => p.word === word);
  if (!rule) return undefined;
  const entity = last ? state.entities.get(last.speaker) : undefined;
  const fitsLast =
    last &&
    s.paragraph - last.paragraph <= 1 &&
    entity &&
    (entity.kind === "person"
      ? rule.person && (!rule.gender || !entity.gender || rule.gender === entity.gender)
      : rule.thing) &&
    !rule.plural === !entity.plural;
  if (fitsLast) return last.speaker;
  return state.discourse?.resolve(word, s.index);
}

/**
 * True when a speech verb follows the quotation (« », avaient souligné des élus locaux »): it
 * says whose the words are, even where that is no one the article names.
 */
export function verbAfter({ state, q, c }: Attributing): boolean {
  const s = q.close;
  const local = q.span.end - s.start;
  const next = (state.quotes[s.index] ?? []).find((x) => x.start >= local);
  const rest = s.folded.slice(local, next ? next.start : s.folded.length);
  return c.verbFirst.test(rest.replace(/^[\s,.;:!?…)—–-]*/, ""));
}

/**
 * Who wrote a writing the article names ("the letter"): the subject of the last sentence before
 * `index`, within five, that names it without its determiner ("employees sent a letter to…").
 */
function documentAuthor(state: ArticleState, noun: string, index: number): string | undefined {
  const re = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, "u");
  for (let i = index - 1; i >= Math.max(0, index - 5); i--) {
    const s = state.sentences[i]!;
    const inQuote = state.quotes[i] ?? [];
    const m = re.exec(s.folded);
    if (!m || inside(inQuote, m.index)) continue;
    const subject = state.discourse?.subjects[i];
    return subject && SPEAKER_KINDS.includes(state.entities.get(subject)?.kind ?? "place")
      ? subject
      : undefined;
  }
  return undefined;
}

/** « », a déclaré X », "…," said X, "…," X said, "…," he added. */
export function after({ state, q, c, last }: Attributing): Found | undefined {
  const s = q.close;
  const local = q.span.end - s.start;
  const next = (state.quotes[s.index] ?? []).find((x) => x.start >= local);
  const limit = next ? next.start : s.folded.length;
  const lead = /^[\s,.;:!?…)—–-]*/.exec(s.folded.slice(local, limit))![0].length;
  const at = local + lead;
  const rest = s.folded.slice(at, limit);
  const verb = c.verbFirst.exec(rest);
  if (verb) {
    const pronoun = c.inversion?.exec(verb[0])?.[1];
    if (pronoun) {
      const speaker = pronounSpeaker(state, pronoun, s, last);
      return found(speaker, "after-inverted", "« », a-t-il déclaré »: the one it stands for");
    }
    if (c.told.test(verb[1]!)) return undefined;
    const end = at + verb[0].length;
    const stop = s.folded.slice(end, limit).search(/[.;:!?]/);
    const m = speakerIn(state, s, end, stop < 0 ? limit : end + Math.min(stop, 90), c);
    return found(m?.entity, "after-verb-name", "quotation, speech verb, then its speaker");
  }
  const pronoun = c.pronounFirst.exec(rest);
  if (pronoun) {
    const speaker = pronounSpeaker(state, pronoun[1]!, s, last);
    return found(speaker, "after-pronoun", "« », he said »: the one it stands for");
  }
  // "…," the letter states: the authors of the letter, the subject of the sentence that sent it.
  const document = c.document.exec(rest);
  if (document) {
    const speaker = documentAuthor(state, document[1]!, s.index);
    return found(speaker, "after-document", "« », the letter states »: whoever wrote it");
  }
  const reference = c.companyReference.exec(rest);
  if (reference && state.mainOrg)
    return {
      speaker: state.mainOrg,
      how: "after-company",
      reason: "« », the company said »: the article's company",
    };
  // "…," Chesky wrote; "…," CEO Dave Brandon said: a name within a few title words, then the verb.
  const m = state.mentions[s.index]!.find(
    (x) => x.start >= at && x.start - at <= 40 && SPEAKER_KINDS.includes(x.kind),
  );
  if (!m || !/^[\p{L}\s.'’-]*$/u.test(s.folded.slice(at, m.start))) return undefined;
  // "BP chairman Carl-Henric Svanberg said": the person after the title's organisation.
  const person = state.mentions[s.index]!.find(
    (x) => x.start >= m.start && x.start - at <= 60 && x.kind === "person",
  );
  const who = person && /^[\p{L}\s.'’-]*$/u.test(s.folded.slice(m.end, person.start)) ? person : m;
  if (!c.verbAfterName.test(s.folded.slice(who.end, limit))) return undefined;
  return { speaker: who.entity, how: "after-name-verb", reason: "quotation, speaker, speech verb" };
}

/** X a déclaré : « », Selon X, « », X said it was "…", he told reporters: "…". */
export function before({ state, q, c, last }: Attributing, from: number): Found | undefined {
  const s = q.open;
  const local = q.span.start - s.start;
  const head = s.folded.slice(from, local);
  const inQuote = state.quotes[s.index] ?? [];
  const mentions = state.mentions[s.index]!.filter(
    (m) => m.start >= from && m.end <= local && !inside(inQuote, m.start),
  );
  // « Selon X, « … » »: the name right after « selon », nothing but a comma before the quotation.
  for (const m of mentions) {
    if (!SPEAKER_KINDS.includes(m.kind)) continue;
    if (!c.according.test(s.folded.slice(Math.max(from, m.start - 16), m.start))) continue;
    if (/^[\s,]*$/.test(s.folded.slice(m.end, local)))
      return { speaker: m.entity, how: "before-according", reason: "« selon X, « … » »" };
  }
  const verb = c.verbBefore.exec(head);
  if (!verb) return undefined;
  const verbAt = from + verb.index;
  const word = verb[1]!;
  if (c.participle.test(word)) {
    // "…, saying: "…"": the subject of the sentence says it.
    const subject = state.discourse?.subjects[s.index];
    return found(subject, "before-participle", "« saying: » the sentence's subject");
  }
  const pronoun = c.pronounBeforeVerb.exec(s.folded.slice(Math.max(from, verbAt - 40), verbAt));
  if (pronoun) {
    const speaker = pronounSpeaker(state, pronoun[1]!, s, last);
    return found(speaker, "before-pronoun", "« il a déclaré : « … » »: who « il » is");
  }
  const subject = subjectBefore(s, mentions, verbAt, from, c);
  return found(subject, "before-subject", "speech verb then quotation: its subject");
}

/**
 * The subject of the speech verb at `verbAt`: the nearest name before it that no preposition
 * governs and that owns nothing ("Disney's chairwoman"), skipping an aside between commas
 * (« X, ancienne présidente de la région, a promis »).
 */
function subjectBefore(
  s: SentenceUnit,
  mentions: readonly Mention[],
  verbAt: number,
  from: number,
  c: Compiled,
): string | undefined {
  const folded = s.folded;
  const free = mentions.filter(
    (m) =>
      m.end <= verbAt &&
      SPEAKER_KINDS.includes(m.kind) &&
      !governed(s.text.slice(from), m.start - from, c.preposition) &&
      !/^['’]s(?![\p{L}])/u.test(folded.slice(m.end, m.end + 3)),
  );
  let nearest = free.at(-1);
  if (!nearest) return undefined;
  const gap = folded.slice(nearest.end, verbAt);
  // Too far from its verb, or across a quotation or a clause: not its subject.
  if (/[«»“”";]/.test(gap) || gap.length > 90) return undefined;
  // « X, ancienne présidente de la région Bretagne, a promis »: a name inside an aside that
  // closes right before the verb describes the name that opens the aside.
  if (/,\s*(?:[\p{L}']+\s+){0,2}$/u.test(gap)) {
    const open = folded.lastIndexOf(",", nearest.start);
    const owner = free.filter((m) => m.end <= open).at(-1);
    if (owner && /^\s*$/.test(folded.slice(owner.end, open))) nearest = owner;
  }
  return nearest.entity;
}
