import type { EntityKind } from "../../facts/model.js";
import type { EventRule, LanguageConfig } from "../config.js";
import type { DateMention, EventDraft } from "../types.js";
import { inside, type SentenceContext } from "./context.js";
import { announcedLabel, employerAfter, roleAfter } from "./event-details.js";
import { type Compiled, compileEvents } from "./event-patterns.js";
import { eventDate, modalityOf } from "./modality.js";
import {
  agentSlot,
  clauseStart,
  leftSlot,
  mainClauseSubject,
  NONE,
  pronounSlot,
  rightSlot,
  type Slot,
} from "./slots.js";

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
  quoteSpeakers: ReadonlyMap<number, string> = new Map(),
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
    let reading = readOne(ctx, rule, ts, te, c, cfg);
    if (!reading) continue;
    // "the company hired an outside laboratory": an object that names no one; « X a fait une
    // embauche » would tell the reader nothing.
    if (
      reading.targets.length === 0 &&
      rule.target?.length &&
      rule.object !== false &&
      !rule.targetOptional &&
      reading.voice.startsWith("active") &&
      COMMON_OBJECT.test(folded.slice(te, te + 12))
    )
      continue;
    let confidence = rule.confidence;
    const flags: string[] = [];
    if (quote) {
      // « je démissionne » inside a quotation: the speaker is the one who resigns.
      const speaker = quoteSpeakers.get(quote.start);
      const firstPerson = /(?:^|[^\p{L}])(?:je|j'|i)\s*(?:[\p{L}']+\s+){0,2}$/u.test(
        folded.slice(Math.max(quote.start, ts - 20), ts),
      );
      if (speaker && firstPerson && rule.object === false) {
        reading = {
          ...reading,
          actors: [speaker],
          pronoun: false,
          voice: `${reading.voice}; « je » is the quotation's speaker`,
        };
        confidence -= 0.1;
        flags.push("speaker");
      } else {
        confidence -= 0.3;
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
      confidence -= reading.nearby ? 0.05 : 0.15;
      flags.push(reading.nearby ? "pronoun-near" : "pronoun");
    }
    if (!date) confidence -= 0.05;
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
        confidence -= 0.05;
        flags.push("employer");
      }
    }
    // An announcement is what it announced: « X a fait une annonce » alone tells a reader nothing.
    // « …, a annoncé le groupe. » only says who told the sentence: no announcement of its own.
    const incise =
      /,\s*$/.test(folded.slice(Math.max(0, ts - 3), ts)) &&
      !/[,;:]|\s(?:que|qu'|that)\s/.test(folded.slice(te).replace(/[.!…\s]+$/, "")) &&
      folded.slice(te).split(/\s+/).length <= 8;
    const label =
      rule.type === "announcement" && !incise ? announcedLabel(ctx, te, dates) : undefined;
    if (rule.type === "announcement" && !label) continue;
    const actors = reading.actors.slice(0, 6);
    let targets = reading.targets.slice(0, 6);
    // « un tour de table mené par X »: the round is the article's company's.
    if (targets.length === 0 && rule.targetDefault === "main" && ctx.mainOrg)
      targets = [ctx.mainOrg].filter((t) => !actors.includes(t));
    for (const actor of actors.length ? actors : [undefined]) {
      for (const target of targets.length ? targets : [undefined]) {
        if (!actor && !target) continue;
        if (actor && actor === target) continue;
        let conf = confidence;
        const missing =
          rule.target?.length && rule.object !== false && !rule.targetOptional && !target;
        if (missing) conf -= 0.2;
        const marks = missing ? [...flags, "no-target"] : flags;
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
          confidence: round(conf),
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

const COMMON_OBJECT = /^\s+(?:a|an|the|un|une|des|du|le|la|les|l')(?:\s|(?<=l')\p{L})/u;

/** « n'a pas été limogé », « ne recrute pas », « was not fired »: the event did not happen. */
function negated(folded: string, ts: number, te: number, c: Compiled): boolean {
  const before = folded.slice(Math.max(0, ts - 40), ts);
  if (!c.negation.test(before)) return false;
  return c.negationWord.test(`${before.slice(-25)} ${folded.slice(te, te + 15)}`);
}

function round(n: number): number {
  return Math.max(0, Math.min(1, Math.round(n * 100) / 100));
}

interface Reading {
  actors: string[];
  targets: string[];
  pronoun: boolean;
  nearby?: boolean;
  voice: string;
  /** The argument frame, short: the family level under the event type. */
  frame: string;
}

function readOne(
  ctx: SentenceContext,
  rule: EventRule,
  ts: number,
  te: number,
  c: Compiled,
  cfg: LanguageConfig,
): Reading | null {
  const folded = ctx.sentence.folded;
  const start = clauseStart(ctx, ts, c);
  const before = folded.slice(start, ts);
  const targetKinds = rule.target ?? ["person", "organisation", "group", "product"];
  const actorKinds = rule.actor ?? ["person", "organisation", "group"];
  // « investir dans X », "investing $4 billion in AI startup X": the preposition, then at most a
  // determiner and a few words describing the target.
  const prep = rule.targetPrep
    ? new RegExp(
        `(?:^|[^\\p{L}])(?:${rule.targetPrep})\\s*(?:(?:le|la|les|l'|the|a|an|its|their|son|sa|ses)\\s*)?(?:[\\p{Ll}-]+\\s+){0,3}$`,
        "u",
      )
    : undefined;
  if (rule.form === "noun") {
    // « le départ de X », « sa démission »: for some nouns the one named after « de » (or by the
    // possessive) is the one who acts; for most (« le limogeage de X ») the one it happens to.
    const role = rule.complement ?? "target";
    const kinds = role === "actor" ? actorKinds : targetKinds;
    const possessive = c.possessive.test(folded.slice(Math.max(0, ts - 20), ts));
    let named: Slot;
    if (possessive) {
      // « Il a annoncé son départ », "Gelsinger announced his retirement": the owner is who the
      // sentence is about, when that fits; else the person named last.
      const kind = ctx.subject ? ctx.entities.get(ctx.subject)?.kind : undefined;
      named =
        ctx.subject && kind && kinds.includes(kind)
          ? { entities: [ctx.subject], pronoun: true, nearby: true }
          : pronounSlot(ctx, ts, kinds);
    } else named = rightSlot(ctx, te, kinds, c, 50, prep ?? c.complement);
    if (role === "actor") {
      const object = rule.target?.length ? rightSlot(ctx, te, targetKinds, c, 80, prep) : NONE;
      return {
        actors: named.entities,
        targets: possessive ? object.entities : [],
        pronoun: named.pronoun,
        nearby: named.nearby,
        voice: "noun: the one who acts after « de » or by the possessive",
        frame: possessive ? "noun-possessive" : "noun",
      };
    }
    const agent = agentSlot(ctx, te, actorKinds, c);
    let actors = agent.entities;
    if (actors.length === 0) {
      const gov = c.announce.exec(folded.slice(Math.max(0, ts - 60), ts));
      if (gov) actors = leftSlot(ctx, ts - gov[0].length, actorKinds, c).entities;
    }
    return {
      actors,
      targets: named.entities,
      pronoun: named.pronoun,
      nearby: named.nearby,
      voice: "noun: target after « de », actor after « par » or the announcing verb",
      frame: possessive ? "noun-possessive" : "noun",
    };
  }
  const word = ctx.sentence.text.slice(ts, te);
  const participle = cfg.participle.test(word) && !c.active.test(before);
  const agentAfter = c.agent.test(folded.slice(te, te + 30));
  // "is to leave" is no passive: the auxiliary makes one only with a participle (of the
  // trigger's first word: « démis de ses fonctions »).
  const participleForm = cfg.participle.test(word) || cfg.participle.test(word.split(" ")[0]!);
  const passive =
    rule.object !== false &&
    ((c.passive.test(before) && participleForm) ||
      (participle && agentAfter && !cfg.bareParticipleIsPassive));
  const bareParticiple =
    rule.object !== false &&
    !passive &&
    participle &&
    (cfg.bareParticipleIsPassive || apposedParticiple(ctx, ts, te));
  if (bareParticiple) {
    // « le PDG Sam Altman évincé de la société »: the participle describes the name before it.
    const prev = ctx.mentions.filter((m) => m.end <= ts).at(-1);
    const gap = prev ? folded.slice(prev.end, ts) : "x";
    const agent = agentSlot(ctx, te, actorKinds, c);
    if (!prev && ts < folded.indexOf(",")) {
      // « Fondée fin 2015 par ..., OpenAI a été créée »: a participle opening the sentence
      // describes the subject of the main clause.
      const subject = mainClauseSubject(ctx, targetKinds);
      return {
        actors: agent.entities,
        targets: subject.entities,
        pronoun: false,
        voice: "opening participle: target is the main clause's subject",
        frame: "opening-participle",
      };
    }
    if (!prev || !/^[\s,]{0,3}$/.test(gap) || !targetKinds.includes(prev.kind)) return null;
    return {
      actors: agent.entities,
      targets: [prev.entity],
      pronoun: false,
      voice: "participle: target is the name before it",
      frame: "participle",
    };
  }
  if (passive) {
    let subject = leftSlot(ctx, ts, targetKinds, c);
    if (subject.entities.length === 0 && ts < folded.indexOf(","))
      subject = mainClauseSubject(ctx, targetKinds);
    const agent = agentSlot(ctx, te, actorKinds, c);
    return {
      actors: agent.entities,
      targets: subject.entities,
      pronoun: subject.pronoun,
      nearby: subject.nearby,
      voice: "passive: target is the subject, actor after « par »",
      frame: "passive",
    };
  }
  if (rule.subject === "target") {
    const subject = leftSlot(ctx, ts, targetKinds, c);
    // « Le conseil a annoncé que X occuperait le poste »: who announced it appointed X.
    let actors: string[] = [];
    if (c.announceThat.test(folded.slice(Math.max(0, start - 30), start))) {
      const gov = c.announceThat.exec(folded.slice(Math.max(0, start - 30), start))!;
      actors = leftSlot(ctx, start - gov[0].length, ["organisation", "group"], c).entities;
    }
    return {
      actors,
      targets: subject.entities,
      pronoun: subject.pronoun,
      nearby: subject.nearby,
      voice: "active: the subject is the one it happens to",
      frame: "subject-target",
    };
  }
  const subject = activeSubject(ctx, ts, actorKinds, c);
  let object = rule.object === false ? NONE : rightSlot(ctx, te, targetKinds, c, 120, prep);
  if (object.entities.length === 0 && rule.object !== false)
    object = objectPronoun(ctx, ts, te, targetKinds, subject.entities, c);
  return {
    actors: subject.entities,
    targets: object.entities,
    pronoun: subject.pronoun,
    nearby: subject.nearby,
    voice: "active: actor is the subject, target the object",
    frame: "active",
  };
}

// "X left OpenAI to found Anthropic", « X a quitté Vega pour fonder Orbis »: who leaves to do
// something does it, not the company left.
const LEFT_TO =
  /(?<![\p{L}])(?:left|quit|leaves|leaving|departed|quitte|quittait|quittant)\s[^,;.]{1,60}?(?:to|pour|afin de)\s+$/u;

// « X a quitté Vega et a fondé Orbis », "Vega fired X and hired Y": a second verb joined by
// « et » shares the subject of the first.
const COORDINATED = /(?<![\p{L}])(?:et|and)\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?$/u;

// ", who … ," / « , qui … , » right before the verb: a relative clause set off by commas.
const RELATIVE_ASIDE = /,\s*(?:who|which|qui)\s[^,;.«»"“”]{1,150},\s*(?:[\p{L}']+\s+){0,2}$/u;

function activeSubject(
  ctx: SentenceContext,
  ts: number,
  kinds: readonly EntityKind[],
  c: Compiled,
) {
  const folded = ctx.sentence.folded;
  const left = LEFT_TO.exec(folded.slice(Math.max(0, ts - 90), ts));
  if (left) {
    const verb = ts - left[0].length;
    const subject = leftSlot(ctx, verb, kinds, c);
    if (subject.entities.length) return subject;
  }
  // "President Trump, who previously praised X, fired him": the name before the relative clause.
  const relative = RELATIVE_ASIDE.exec(folded.slice(Math.max(0, ts - 170), ts));
  if (relative) {
    const at = ts - relative[0].length;
    const before = ctx.mentions.filter((m) => m.end <= at && kinds.includes(m.kind)).at(-1);
    if (before && /^\s*$/.test(folded.slice(before.end, at)))
      return { entities: [before.entity], pronoun: false };
  }
  const and = COORDINATED.exec(folded.slice(Math.max(0, ts - 20), ts));
  if (and) {
    const conj = ts - and[0].length;
    const start = clauseStart(ctx, conj, c);
    const inClause = ctx.mentions.filter((m) => m.start >= start && m.end <= conj);
    const first = inClause[0];
    // The first name is the subject when a verb, not a list, comes after it (« X a quitté Y »).
    if (
      first &&
      kinds.includes(first.kind) &&
      inClause.length > 1 &&
      !c.join.test(folded.slice(first.end, inClause[1]!.start))
    )
      return { entities: [first.entity], pronoun: false };
  }
  return leftSlot(ctx, ts, kinds, c);
}

/**
 * "fired him", « l'a limogé »: an object pronoun stands for the person last named in the sentence
 * (or the one before) who is not the subject.
 */
function objectPronoun(
  ctx: SentenceContext,
  ts: number,
  te: number,
  kinds: readonly EntityKind[],
  subjects: readonly string[],
  c: Compiled,
): Slot {
  const folded = ctx.sentence.folded;
  if (
    !c.objectAfter.test(folded.slice(te, te + 8)) &&
    !c.objectBefore.test(folded.slice(Math.max(0, ts - 12), ts))
  )
    return NONE;
  const fits = (m: { entity: string; kind: EntityKind }) =>
    kinds.includes(m.kind) && !subjects.includes(m.entity);
  const here = ctx.mentions
    .filter((m) => m.end <= ts && !inside(ctx.quotes, m.start) && fits(m))
    .at(-1);
  const before = ctx.previous.at(-1)?.mentions.filter(fits).at(-1);
  const who = here ?? before;
  return who ? { entities: [who.entity], pronoun: true, nearby: here !== undefined } : NONE;
}

/**
 * "Splunk, founded in 2003, has…": in English a bare -ed word reads as the simple past, except
 * set off by a comma right after a name and followed by when or where, which describes the name.
 */
function apposedParticiple(ctx: SentenceContext, ts: number, te: number): boolean {
  const folded = ctx.sentence.folded;
  const prev = ctx.mentions.filter((m) => m.end <= ts).at(-1);
  return (
    prev !== undefined &&
    /^\s*,\s*$/.test(folded.slice(prev.end, ts)) &&
    /^\s+(?:in|on|at|last|earlier|this|during|after|before)(?![\p{L}])/u.test(
      folded.slice(te, te + 12),
    )
  );
}
