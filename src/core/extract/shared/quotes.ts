import type { EntityKind } from "../../facts/model.js";
import type { LanguageConfig } from "../config.js";
import type { DateMention, Mention, QuoteDraft } from "../types.js";
import type { SentenceContext } from "./context.js";

interface Compiled {
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
  c = {
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
    });
  }
  return out;
}

interface Found {
  speaker: string;
  confidence: number;
  reason: string;
}

/** Nothing, or a title in lowercase words, between a quotation and the name of its speaker. */
const TITLE_BETWEEN = /^[\s,]*(?:[\p{Ll}'’-]+\s+){0,4}$/u;

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
        TITLE_BETWEEN.test(text.slice(end, x.start)),
    );
    if (next && c.verbAfterName.test(folded.slice(next.end, next.end + 20))) {
      return {
        speaker: next.entity,
        confidence: 0.8,
        reason: "quotation then its speaker and a speech verb",
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
    };
  if (m[1] || m[2] || /-t-(?:il|elle)/.test(m[0])) {
    const key = ctx.lastSubject();
    return key
      ? {
          speaker: key,
          confidence: 0.6,
          reason: "quotation then « a-t-il ajouté »: the person last named",
        }
      : null;
  }
  // “...,” a spokesman told Reuters: whoever is told is not the speaker.
  if (/(?<![\p{L}])(?:told|tells)$/u.test(m[0])) return null;
  const stop = folded.slice(verbEnd).search(/[.;«»“”]/);
  const limit = stop < 0 ? folded.length : verbEnd + stop;
  const next = ctx.mentions.find(
    (x) => x.start >= verbEnd && x.start < Math.min(limit, verbEnd + 60),
  );
  if (!next || !SPEAKER_KINDS.includes(next.kind)) return null;
  // « a indiqué le patron de l'éditeur de Windows »: a name after « de » is not the speaker.
  if (c.complement.test(folded.slice(Math.max(verbEnd, next.start - 6), next.start))) return null;
  return {
    speaker: next.entity,
    confidence: 0.85,
    reason: "quotation then speech verb then its speaker",
  };
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
  const subject = subjectOf(left, folded, c);
  if (subject && SPEAKER_KINDS.includes(subject.kind) && !pronoun) {
    return {
      speaker: subject.entity,
      confidence: 0.8,
      reason: "speech verb then quotation: its subject speaks",
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
      };
  }
  return null;
}

/**
 * The subject among the names before a verb: the nearest one that is not a complement
 * (« Satya Nadella, le PDG de Microsoft, a annoncé » is said by Nadella, not Microsoft).
 */
function subjectOf(left: readonly Mention[], folded: string, c: Compiled) {
  const free = left.filter(
    (m) => !c.complement.test(folded.slice(Math.max(0, m.start - 6), m.start)),
  );
  return free.at(-1) ?? left.at(-1);
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
        };
    }
    if (!/:\s*$/.test(prev.sentence.text)) break;
  }
  return null;
}
