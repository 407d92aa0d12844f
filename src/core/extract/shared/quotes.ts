import type { EntityKind } from "../../facts/model.js";
import type { LanguageConfig } from "../config.js";
import type { DateMention, Mention, QuoteDraft } from "../types.js";
import { inside, type SentenceContext } from "./context.js";

interface Compiled {
  /** Nothing, or a title in lowercase words, or an honorific, between a quotation and its speaker. */
  titleBetween: RegExp;
  /** « », she said »: a subject pronoun between the quotation and the verb. */
  pronounBefore: RegExp;
  after: RegExp;
  before: RegExp;
  complement: RegExp;
  verbAfterName: RegExp;
}

const cache = new WeakMap<LanguageConfig, Compiled>();
const SPEAKER_KINDS: readonly EntityKind[] = ["person", "organisation", "group"];
const MIN_WORDS = 3;

function compile(cfg: LanguageConfig): Compiled {
  let c = cache.get(cfg);
  if (c) return c;
  const verb = `(?:${cfg.speechVerbs})`;
  // « M. », "Mr.": the folded honorifics, written with their capital as articles print them.
  const honorifics = [...cfg.honorifics.keys()]
    .map((h) => `${h[0]!.toUpperCase()}${h.slice(1)}`)
    .join("|");
  c = {
    titleBetween: new RegExp(
      `^[\\s,]*(?:[\\p{Ll}'’-]+\\s+){0,4}(?:(?:${honorifics})\\.?\\s+)?$`,
      "u",
    ),
    pronounBefore: new RegExp(
      `^\\W*(?:${cfg.pronouns.m}|${cfg.pronouns.f})\\s+(?:(?:a|has|had|avait)\\s+)?$`,
      "u",
    ),
    // « ... », a réagi, sur le même réseau social, X. / « ... », a-t-il ajouté.
    after: new RegExp(
      `^\\s*,?\\s*(?:(?:a|ont|avait|avaient|aurait|has|had)(?:-t-(?:il|elle))?\\s+)?(?:[\\p{L}']+\\s+){0,2}?${verb}(?:-t-(il|elle)|-(il|elle))?(?![\\p{L}])`,
      "u",
    ),
    // X a déclaré : « ... » / X, qui a ensuite tweeté : « ... » / il déclarait que « ... »
    before: new RegExp(`(?<![\\p{L}])${verb}(?![\\p{L}])[^«»“”".;]{0,80}$`, "u"),
    complement: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.complement})\\s*$`, "u"),
    verbAfterName: new RegExp(`^\\s+(?:(?:has|had|a|avait)\\s+)?${verb}(?![\\p{L}])`, "u"),
  };
  cache.set(cfg, c);
  return c;
}

/**
 * « Arrivée chez Brévent en 2021, Camille Ferrand devient... « ... », a-t-elle réagi »: « elle »
 * is the person of the sentence before, whose gender does not say otherwise, rather than the
 * company named first.
 */
function lastPerson(ctx: SentenceContext, gender: "f" | "m"): string | undefined {
  for (const p of [...ctx.previous].reverse()) {
    const person = p.mentions.find((x) => {
      if (x.kind !== "person") return false;
      const g = ctx.entities.get(x.entity)?.gender;
      return g === undefined || g === gender;
    });
    if (person) return person.entity;
  }
  return undefined;
}

/**
 * The quotations of a sentence with their speaker: the name after the speech verb that follows
 * the quotation (« », a commenté X »), or the subject of the speech verb before it
 * (« X a déclaré : « »), or the person last named for « a-t-il ajouté ». Quotations of fewer
 * than three words are scare quotes, not statements.
 */
export function readQuotes(
  ctx: SentenceContext,
  dates: readonly DateMention[],
  cfg: LanguageConfig,
): (QuoteDraft & { span: number })[] {
  const c = compile(cfg);
  const { sentence } = ctx;
  const out: (QuoteDraft & { span: number })[] = [];
  for (const span of ctx.quotes) {
    const text = sentence.text
      .slice(span.start + 1, span.end - 1)
      .trim()
      .replace(/[,;:]$/, "")
      .trim();
    const found =
      speakerAfter(ctx, span.end, c) ??
      speakerBefore(ctx, span.start, c) ??
      speakerOfStandalone(ctx, span, c);
    if (!found) continue;
    if (text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) {
      // Kept for « je démissionne » to find its speaker, never as a quote of its own.
      out.push({
        span: span.start,
        speaker: found.speaker,
        text: "",
        evidence: "",
        confidence: 0,
        reason: "",
        rule: found.rule,
      });
      continue;
    }
    // A date inside a quotation is part of what was said (« the delays were visible in June »),
    // not when it was said.
    const date = dates.find(
      (d) => !d.ownsEventsInside && !ctx.quotes.some((q) => q.start <= d.start && d.end <= q.end),
    );
    out.push({
      span: span.start,
      speaker: found.speaker,
      text,
      ...(date ? { date: date.date } : {}),
      evidence: sentence.text,
      confidence: found.confidence,
      reason: found.reason,
      rule: found.rule,
    });
  }
  return out;
}

interface Found {
  speaker: string;
  confidence: number;
  reason: string;
  /** The family of the rule that found the speaker (`quote/after-verb`). */
  rule: string;
}

function speakerAfter(ctx: SentenceContext, end: number, c: Compiled): Found | null {
  const folded = ctx.sentence.folded;
  const m = c.after.exec(folded.slice(end, end + 80));
  if (!m) {
    // English order: “...,” Smith said; “...,” chairman Ian Smith said (a title in lowercase
    // words may stand between).
    const text = ctx.sentence.text;
    const next = ctx.mentions.find(
      (x) =>
        x.start >= end &&
        x.start - end <= 48 &&
        SPEAKER_KINDS.includes(x.kind) &&
        c.titleBetween.test(text.slice(end, x.start)),
    );
    if (next && c.verbAfterName.test(folded.slice(next.end, next.end + 20))) {
      return {
        speaker: next.entity,
        confidence: 0.8,
        reason: "quotation then its speaker and a speech verb",
        rule: "quote/name-then-verb",
      };
    }
    return null;
  }
  const verbEnd = end + m[0].length;
  // “...,” Ortberg said: the name between the quotation and the verb speaks.
  const between = ctx.mentions.find(
    (x) => x.start >= end && x.end <= verbEnd && SPEAKER_KINDS.includes(x.kind),
  );
  if (between)
    return {
      speaker: between.entity,
      confidence: 0.8,
      reason: "quotation then its speaker and a speech verb",
      rule: "quote/name-then-verb",
    };
  const pronoun = c.pronounBefore.exec(folded.slice(end, verbEnd).replace(/\S+$/, ""));
  if (pronoun) return pronounSpeaker(ctx, pronoun[0].trim(), end);
  if (m[1] || m[2] || /-t-(?:il|elle)/.test(m[0])) {
    const inverted = /-t-(il|elle)/.exec(m[0]);
    const key =
      (inverted ? lastPerson(ctx, inverted[1] === "elle" ? "f" : "m") : undefined) ??
      ctx.lastSubject();
    return key
      ? {
          speaker: key,
          confidence: 0.6,
          reason: "quotation then « a-t-il ajouté »: the person last named",
          rule: "quote/inverted-pronoun",
        }
      : null;
  }
  // “...,” a spokesman told Reuters: whoever is told is not the speaker.
  if (/(?<![\p{L}])(?:told|tells)$/u.test(m[0])) return null;
  const stop = folded.slice(verbEnd).search(/[.;«»“”]/);
  const limit = stop < 0 ? folded.length : verbEnd + stop;
  const after = ctx.mentions.filter(
    (x) => x.start >= verbEnd && x.start < Math.min(limit, verbEnd + 80),
  );
  let next = after[0];
  if (!next || !SPEAKER_KINDS.includes(next.kind)) return null;
  // « a indiqué le patron de l'éditeur de Windows »: a name after « de » is not the speaker,
  // unless the role is then named after a comma (« a déclaré le président du conseil, Henri
  // Vasseur »).
  if (c.complement.test(folded.slice(Math.max(verbEnd, next.start - 6), next.start))) {
    const named = after.find(
      (x) => x.kind === "person" && /,\s*$/.test(folded.slice(verbEnd, x.start)),
    );
    if (!named || !/^\s*(?:[.;,]|$)/.test(folded.slice(named.end, named.end + 2))) return null;
    next = named;
  }
  return {
    speaker: next.entity,
    confidence: 0.85,
    reason: "quotation then speech verb then its speaker",
    rule: "quote/verb-then-name",
  };
}

/**
 * « “...,” she said »: the pronoun stands for the one person named in the nearest sentence that
 * names people (this one before the quotation, else the ones before), when the gender agrees or
 * is unknown. Two people there leave the speaker unknown: a quote is never guessed.
 */
function pronounSpeaker(ctx: SentenceContext, pronoun: string, at: number): Found | null {
  const gender = /^(?:elle|she)$/.test(pronoun) ? "f" : "m";
  // Names inside a quotation are someone's words, not who speaks.
  const here = ctx.mentions.filter((m) => m.end <= at && !inside(ctx.quotes, m.start));
  const sentences = [here, ...[...ctx.previous].reverse().map((p) => p.mentions)];
  for (const mentions of sentences) {
    const people = new Set(mentions.filter((m) => m.kind === "person").map((m) => m.entity));
    if (people.size === 0) continue;
    const agree = [...people].filter((k) => (ctx.entities.get(k)?.gender ?? gender) === gender);
    if (people.size !== 1 || agree.length !== 1) return null;
    return {
      speaker: agree[0]!,
      confidence: 0.6,
      reason: "quotation then « she said »: the one person named just before",
      rule: "quote/pronoun",
    };
  }
  return null;
}

function speakerBefore(ctx: SentenceContext, start: number, c: Compiled): Found | null {
  const folded = ctx.sentence.folded;
  const window = folded.slice(Math.max(0, start - 100), start);
  const m = c.before.exec(window);
  if (!m) return null;
  const verbAt = start - window.length + m.index;
  const left = ctx.mentions.filter((x) => x.end <= verbAt && verbAt - x.end <= 60);
  const pronoun = /(?:^|[^\p{L}])(?:il|elle|he|she)\s+(?:[\p{L}'-]+\s+){0,2}$/u.test(
    folded.slice(Math.max(0, verbAt - 25), verbAt),
  );
  // Names further back only for the one that opens an aside (« X, ancienne présidente de ..., »).
  const opener = ctx.mentions.filter((x) => x.end <= verbAt && verbAt - x.end <= 140);
  const subject = left.length ? subjectOf(opener, folded, c, verbAt) : undefined;
  if (subject && SPEAKER_KINDS.includes(subject.kind) && !pronoun) {
    return {
      speaker: subject.entity,
      confidence: 0.8,
      reason: "speech verb then quotation: its subject speaks",
      rule: "quote/subject-before",
    };
  }
  if (pronoun) {
    const persons = ctx.mentions.filter((x) => x.end <= verbAt && x.kind === "person");
    const key = persons[persons.length - 1]?.entity ?? ctx.lastSubject();
    if (key)
      return {
        speaker: key,
        confidence: persons.length ? 0.65 : 0.6,
        reason: "« il déclarait : »: the person last named",
        rule: "quote/pronoun-before",
      };
  }
  return null;
}

/**
 * The subject among the names before a verb: the nearest one that is not a complement
 * (« Satya Nadella, le PDG de Microsoft, a annoncé » is said by Nadella, not Microsoft).
 */
function subjectOf(left: readonly Mention[], folded: string, c: Compiled, verbAt?: number) {
  const free = left.filter(
    (m) => !c.complement.test(folded.slice(Math.max(0, m.start - 6), m.start)),
  );
  const nearest = free.at(-1) ?? left.at(-1);
  if (!nearest || verbAt === undefined) return nearest;
  // « Mme Fontaine, ancienne présidente de la région Bretagne, a promis »: a name inside an aside
  // set off by commas describes the name that opens the aside, which is the subject.
  // (« le PDG de Microsoft, Satya Nadella, a tweeté »: there the aside is the name itself.)
  const open = folded.lastIndexOf(",", nearest.start);
  if (open < 0 || /^[\s,]*$/.test(folded.slice(open, nearest.start))) return nearest;
  if (!/^\s*,/.test(folded.slice(nearest.end, verbAt))) return nearest;
  const owner = free.filter((m) => m.end <= open).at(-1);
  return owner && /^\s*$/.test(folded.slice(owner.end, open)) ? owner : nearest;
}

/**
 * A paragraph that is only a quotation: its speaker is introduced just before, by « selon X »
 * (« selon Nadella, rien ne viendra troubler... ») or by a sentence ending with a colon whose
 * speech verb has a subject (« X a annoncé la nouvelle. On peut y lire ceci : »).
 */
function speakerOfStandalone(
  ctx: SentenceContext,
  span: { start: number; end: number },
  c: Compiled,
): Found | null {
  const text = ctx.sentence.text;
  if (text.slice(0, span.start).trim() !== "" || !/^[\s.,!?…]*$/.test(text.slice(span.end)))
    return null;
  for (const prev of [...ctx.previous].reverse()) {
    const selon = prev.mentions.find(
      (m) =>
        SPEAKER_KINDS.includes(m.kind) &&
        /(?:selon|according to)\s*$/.test(
          prev.sentence.folded.slice(Math.max(0, m.start - 14), m.start),
        ),
    );
    if (selon)
      return {
        speaker: selon.entity,
        confidence: 0.6,
        reason: "quotation standing alone after « selon X »",
        rule: "quote/standalone-selon",
      };
    const verb = new RegExp(c.before.source.replace(/\[\^«»“”"\.;\]\{0,80\}\$$/, ""), "u").exec(
      prev.sentence.folded,
    );
    if (verb) {
      const subject = subjectOf(
        prev.mentions.filter((m) => m.end <= verb.index && SPEAKER_KINDS.includes(m.kind)),
        prev.sentence.folded,
        c,
      );
      if (subject)
        return {
          speaker: subject.entity,
          confidence: 0.6,
          reason: "quotation standing alone after its speaker's announcement",
          rule: "quote/standalone-colon",
        };
    }
    if (!/:\s*$/.test(prev.sentence.text)) break;
  }
  return null;
}
