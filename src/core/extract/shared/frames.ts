import type { EntityKind } from "../../facts/model.js";
import type { EventRule, LanguageConfig } from "../config.js";
import { inside, type SentenceContext } from "./context.js";
import type { Compiled } from "./event-patterns.js";
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

/** Who acts and whom it happens to, as one trigger's argument frame reads them. */
export interface Reading {
  actors: string[];
  targets: string[];
  pronoun: boolean;
  nearby?: boolean;
  voice: string;
  /** The argument frame, short: the family level under the event type. */
  frame: string;
}

/**
 * The arguments of one trigger by its frame: a noun (« le départ de X »), a bare or opening
 * participle, the passive, a subject that undergoes it (« X devient PDG »), or the active voice
 * with its subject and object.
 */
export function readFrame(
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
        `(?:^|[^\\p{L}])(?:${rule.targetPrep})\\s*(?:(?:${cfg.grammar.targetArticles})\\s*)?(?:[\\p{Ll}-]+\\s+){0,3}$`,
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
    (cfg.bareParticipleIsPassive || apposedParticiple(ctx, ts, te, c));
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
    // "a vendor founded by X": a participle with no auxiliary is passive only for the name right
    // before it; after a common noun it says nothing of any name.
    if (!(c.passive.test(before) && participleForm)) {
      const prev = ctx.mentions.filter((m) => m.end <= ts).at(-1);
      if (!prev || !/^[\s,]{0,3}$/.test(folded.slice(prev.end, ts))) return null;
    }
    let subject = leftSlot(ctx, ts, targetKinds, c);
    if (subject.entities.length === 0 && ts < folded.indexOf(","))
      subject = mainClauseSubject(ctx, targetKinds);
    const agent = agentSlot(ctx, te, actorKinds, c);
    // "X has been fired, the chain announced": with no agent, the organisation that tells it.
    const teller = agent.entities.length ? undefined : tellerAfter(ctx, te, c);
    return {
      actors: teller ? [teller] : agent.entities,
      targets: subject.entities,
      pronoun: subject.pronoun,
      nearby: subject.nearby,
      voice: teller
        ? "passive: target is the subject, actor the organisation announcing it"
        : "passive: target is the subject, actor after « par »",
      frame: teller ? "passive-teller" : "passive",
    };
  }
  if (rule.subject === "target") {
    const subject = leftSlot(ctx, ts, targetKinds, c);
    // « Le conseil a annoncé que X occuperait le poste »: who announced it appointed X.
    let actors: string[] = [];
    if (c.announceThat.test(folded.slice(Math.max(0, start - 60), start))) {
      const gov = c.announceThat.exec(folded.slice(Math.max(0, start - 60), start))!;
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

function activeSubject(
  ctx: SentenceContext,
  ts: number,
  kinds: readonly EntityKind[],
  c: Compiled,
) {
  const folded = ctx.sentence.folded;
  const left = c.g.leftTo.exec(folded.slice(Math.max(0, ts - 90), ts));
  if (left) {
    const verb = ts - left[0].length;
    const subject = leftSlot(ctx, verb, kinds, c);
    if (subject.entities.length) return subject;
  }
  // "President Trump, who previously praised X, fired him": the name before the relative clause.
  const relative = c.g.relativeAside.exec(folded.slice(Math.max(0, ts - 170), ts));
  if (relative) {
    const at = ts - relative[0].length;
    const before = ctx.mentions.filter((m) => m.end <= at && kinds.includes(m.kind)).at(-1);
    if (before && /^\s*$/.test(folded.slice(before.end, at)))
      return { entities: [before.entity], pronoun: false };
  }
  const and = c.g.coordinated.exec(folded.slice(Math.max(0, ts - 20), ts));
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
function apposedParticiple(ctx: SentenceContext, ts: number, te: number, c: Compiled): boolean {
  const folded = ctx.sentence.folded;
  const prev = ctx.mentions.filter((m) => m.end <= ts).at(-1);
  return (
    prev !== undefined &&
    /^\s*,\s*$/.test(folded.slice(prev.end, ts)) &&
    c.g.apposedAfter?.test(folded.slice(te, te + 12)) === true
  );
}

/**
 * "…has been fired…, the fast-food chain announced on Sunday", « …a été limogé, a annoncé le
 * groupe »: the organisation whose announcement closes the sentence after a comma.
 */
function tellerAfter(ctx: SentenceContext, te: number, c: Compiled): string | undefined {
  const folded = ctx.sentence.folded;
  for (const m of ctx.mentions) {
    if (m.start < te || m.kind !== "organisation" || inside(ctx.quotes, m.start)) continue;
    const gap = folded.slice(te, m.start);
    const comma = gap.lastIndexOf(",");
    if (comma < 0 || /[;:.]/.test(gap)) continue;
    const between = gap.slice(comma + 1);
    // The organisation right after the comma, then its verb (« , the company said »), or the
    // verb first (« , a annoncé le groupe »).
    if (/^\s*(?:[\p{L}'-]+\s+){0,3}$/u.test(between) && c.announceAfter.test(folded.slice(m.end)))
      return m.entity;
    if (c.announceBefore.test(between)) return m.entity;
  }
  return undefined;
}
