import { fold } from "../../text/fold.js";
import type { EventRule, LanguageConfig } from "../config.js";
import type { DateMention, EventDraft } from "../types.js";
import type { SentenceContext } from "./context.js";
import { announcedLabel, employerAfter, roleAfter } from "./event-details.js";
import { type Compiled, compileEvents } from "./event-patterns.js";
import { readFrame } from "./frames.js";
import { grammar } from "./grammar.js";
import { eventDate, modalityOf } from "./modality.js";

const NO_SPEAKERS: ReadonlyMap<number, string> = new Map();

/**
 * The events of one sentence: each trigger of the language's lexicon, in the active voice
 * (« Microsoft a embauché X »), the passive (« X a été limogé par le conseil »), a participle
 * (« X, évincé vendredi ») or a noun (« l'éviction de X »), with its actor, target, role and date.
 * Questions, negations, conditions and demands (« ont réclamé la démission ») give no event.
 */
export function readEvents(
  ctx: SentenceContext,
  dates: readonly DateMention[],
  cfg: LanguageConfig,
  quoteSpeakers: ReadonlyMap<number, string> = NO_SPEAKERS,
): EventDraft[] {
  const { sentence } = ctx;
  if (sentence.question) return [];
  const c = compileEvents(cfg);
  const out: EventDraft[] = [];
  const folded = sentence.folded;
  c.trigger.lastIndex = 0;
  for (let m = c.trigger.exec(folded); m; m = c.trigger.exec(folded)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const rule = cfg.events[index];
    if (!rule) continue;
    const ts = m.index;
    const te = ts + m[0].length;
    if (negated(folded, ts, te, c)) continue;
    if (c.irrealis.test(folded.slice(Math.max(0, ts - 80), ts))) continue;
    const quote = ctx.quotes.find((q) => q.start <= ts && ts < q.end);
    // A word in scare quotes (« viré ») is someone's word, not the article's statement.
    if (quote && folded.slice(quote.start, quote.end).split(/\s+/).length < 4) continue;
    let reading = readFrame(ctx, rule, ts, te, c, cfg);
    if (!reading) continue;
    // "the company hired an outside laboratory": an object that names no one; « X a fait une
    // embauche » would tell the reader nothing.
    if (
      reading.targets.length === 0 &&
      rule.target?.length &&
      rule.object !== false &&
      !rule.targetOptional &&
      reading.voice.startsWith("active") &&
      c.g.commonObject.test(folded.slice(te, te + 12))
    )
      continue;
    const flags: string[] = [];
    if (quote) {
      // « je démissionne » inside a quotation: the speaker is the one who resigns.
      const speaker = quoteSpeakers.get(quote.start);
      const firstPerson = c.g.firstPerson.test(folded.slice(Math.max(quote.start, ts - 20), ts));
      if (speaker && firstPerson && rule.object === false) {
        reading = {
          ...reading,
          actors: [speaker],
          pronoun: false,
          voice: `${reading.voice}; « je » is the quotation's speaker`,
        };
        flags.push("speaker");
      } else {
        flags.push("quoted");
      }
    }
    const modality = modalityOf(folded, ts, te, m[0], c);
    if (modality) flags.push(modality.status);
    const date = eventDate(ctx, dates, ts, te, modality, c, {
      lede: rule.form === "verb" && reading.frame !== "participle" && rule.type !== "founding",
    });
    if (date?.lede) flags.push("lede-date");
    if (reading.pronoun) {
      flags.push(reading.nearby ? "pronoun-near" : "pronoun");
    }
    const role =
      rule.type === "appointment" || rule.type === "hiring"
        ? roleAfter(ctx, te, c, cfg, dates)
        : undefined;
    if (rule.type === "hiring" && reading.actors.length === 0) {
      // « le recrutement de X à la tête de l'équipe de recherche de Microsoft »: the employer.
      const employer = employerAfter(ctx, te, cfg);
      if (employer) {
        reading = {
          ...reading,
          actors: [employer],
          voice: `${reading.voice}; employer named after the post`,
        };
        flags.push("employer");
      }
    }
    // An announcement is what it announced: « X a fait une annonce » alone tells a reader nothing.
    // « …, a annoncé le groupe. » only says who told the sentence: no announcement of its own.
    const incise =
      /,\s*$/.test(folded.slice(Math.max(0, ts - 3), ts)) &&
      !/[,;:]/.test(folded.slice(te)) &&
      !c.g.that.test(folded.slice(te)) &&
      folded.slice(te).split(/\s+/).length <= 8;
    const label =
      rule.type === "announcement" && !incise ? announcedLabel(ctx, te, dates, c.g) : undefined;
    if (rule.type === "announcement" && !label) continue;
    // « …, a annoncé le groupe lundi, dans un communiqué »: the company is who announced, in an
    // incise; a company is never what was announced.
    if (label && grammar(cfg).companyOnly.test(fold(label))) continue;
    const actors = reading.actors.slice(0, 6);
    let targets = reading.targets.slice(0, 6);
    // « un tour de table mené par X »: the round is the article's company's.
    if (targets.length === 0 && rule.targetDefault === "main" && ctx.mainOrg)
      targets = [ctx.mainOrg].filter((t) => !actors.includes(t));
    for (const actor of actors.length ? actors : [undefined]) {
      for (const target of targets.length ? targets : [undefined]) {
        if (!actor && !target) continue;
        if (actor && actor === target) continue;
        // "Trump picked X" read without X: an event its rule wants a target for, and names none
        // of, is nothing to ask about (no such reading was ever right on the corpus).
        const missing =
          rule.target?.length && rule.object !== false && !rule.targetOptional && !target;
        if (missing) continue;
        const marks = flags;
        out.push({
          type: rule.type,
          ...(actor ? { actor } : {}),
          ...(target ? { target } : {}),
          ...(role?.role ? { role: role.role } : {}),
          ...(role?.org ? { org: role.org } : {}),
          ...(label ? { label } : {}),
          ...(target && target === ctx.mainOrg && !namedHere(ctx, target)
            ? { targetByReference: true }
            : {}),
          ...(date ? { date: date.date } : {}),
          ...(modality ? { status: modality.status } : {}),
          evidence: sentence.text,
          // Set from the rule family's measured precision (calibrate.ts).
          confidence: 0,
          reason: `${rule.reason}; ${reading.voice}${date ? `; date: ${date.reason}` : ""}`,
          rule: `event/${rule.type}/${reading.frame}/${ruleId(rule)}${marks.length ? `/${marks.join("+")}` : ""}`,
        });
      }
    }
  }
  // « Acme annonce la nomination de X »: the announcement is the appointment, said once.
  const told = new Set(out.filter((e) => e.type !== "announcement").map((e) => e.actor));
  return out.filter((e) => e.type !== "announcement" || !told.has(e.actor));
}

/** A short stable name for a trigger: its type's first word (« limog », "fired"). */
function ruleId(rule: EventRule): string {
  return rule.id ?? /[a-z]+/.exec(rule.match)?.[0] ?? "x";
}

function namedHere(ctx: SentenceContext, entity: string): boolean {
  return ctx.mentions.some((m) => m.entity === entity && m.via === "name");
}

/** « n'a pas été limogé », « ne recrute pas », « was not fired »: the event did not happen. */
function negated(folded: string, ts: number, te: number, c: Compiled): boolean {
  const before = folded.slice(Math.max(0, ts - 40), ts);
  if (!c.negation.test(before)) return false;
  return c.negationWord.test(`${before.slice(-25)} ${folded.slice(te, te + 15)}`);
}
