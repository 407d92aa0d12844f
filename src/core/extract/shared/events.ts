import type { EntityKind } from "../../facts/model.js";
import type { EventRule, LanguageConfig } from "../config.js";
import type { DateMention, EventDraft, Mention } from "../types.js";
import { inside, type SentenceContext } from "./context.js";

interface Compiled {
  trigger: RegExp;
  passive: RegExp;
  active: RegExp;
  agent: RegExp;
  join: RegExp;
  clauseBreak: RegExp;
  relative: RegExp;
  negation: RegExp;
  negationWord: RegExp;
  hedge: RegExp;
  irrealis: RegExp;
  possessive: RegExp;
  announce: RegExp;
  announceThat: RegExp;
  roleIntro: RegExp;
  pronoun: RegExp;
  complement: RegExp;
}

const cache = new WeakMap<LanguageConfig, Compiled>();

/** Words ending with an apostrophe (« qu' ») are followed by a letter; the others are whole words. */
function clauseBreakOf(words: string): RegExp {
  const list = words.split("|");
  const glued = list.filter((w) => w.endsWith("'"));
  const whole = list.filter((w) => !w.endsWith("'"));
  return new RegExp(
    `[;:«»“”()\\[\\]]|(?<![\\p{L}])(?<!ainsi )(?:(?:${whole.join("|")})(?![\\p{L}])${glued.length ? `|${glued.join("|")}` : ""})`,
    "gu",
  );
}

function compile(cfg: LanguageConfig): Compiled {
  let c = cache.get(cfg);
  if (c) return c;
  const roles = cfg.roles.map((r) => r.match).join("|");
  c = {
    // One alternation for every trigger of the language: one pass over each sentence.
    trigger: new RegExp(
      `(?<![\\p{L}])(?:${cfg.events.map((r) => `(${r.match})`).join("|")})(?![\\p{L}])`,
      "gu",
    ),
    passive: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.passiveAux})\\s+(?:[\\p{L}'-]+\\s+){0,2}$`, "u"),
    active: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.activeAux})\\s+(?:[\\p{L}'-]+\\s+){0,2}$`, "u"),
    agent: new RegExp(`(?<![\\p{L}])(?:${cfg.agent})\\s`, "u"),
    join: new RegExp(
      `^(?:\\s*,\\s*|\\s+)?(?:(?:${cfg.listJoin})\\s+)?(?:(?:${cfg.complement})\\s*)?(?:(?:le|la|les|l'|the)\\s*)?$`,
      "u",
    ),
    clauseBreak: clauseBreakOf(`${cfg.clauseBreak}|${cfg.relative}`),
    relative: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.relative})\\s*$`, "u"),
    negation: new RegExp(`(?:${cfg.negation})$`, "u"),
    negationWord: new RegExp(`(?<![\\p{L}])(?:${cfg.negationWords})(?![\\p{L}])`, "u"),
    hedge: new RegExp(`(?<![\\p{L}])(?:${cfg.hedge})(?![\\p{L}])`, "u"),
    irrealis: new RegExp(`(?<![\\p{L}])(?:${cfg.irrealis})`, "u"),
    possessive: /(?:^|[^\p{L}])(?:son|sa|ses|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u,
    announce: new RegExp(
      `(?<![\\p{L}'])(?<!une |cette |la )(?:${cfg.announceVerbs})\\s+(?:[\\p{L}'-]+\\s+){0,3}$`,
      "u",
    ),
    announceThat: new RegExp(
      `(?<![\\p{L}'])(?<!une |cette |la )(?:${cfg.announceVerbs})\\s+(?:que|qu'|that)\\s*$`,
      "u",
    ),
    roleIntro: new RegExp(
      `^[^.;:«»]{0,60}?(?<![\\p{L}])(?:${cfg.roleIntro})\\s*(?:(?:le|la|l'|un|une|son|sa|the|a|an|its|their)\\s*)?((?:(?:${cfg.roleModifiers})[ -]?)?(?:${roles})(?![\\p{L}])[^,;.:«»()]{0,60})`,
      "du",
    ),
    pronoun: new RegExp(
      `(?:^|[^\\p{L}])(${cfg.pronouns.m}|${cfg.pronouns.f})\\s+(?:[\\p{L}'-]+\\s+){0,4}$`,
      "u",
    ),
    complement: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.complement})\\s*$`, "u"),
  };
  cache.set(cfg, c);
  return c;
}

/** Who was found where, and how: mentions, or a pronoun resolved to the last subject. */
interface Slot {
  entities: string[];
  pronoun: boolean;
  /** The pronoun was resolved within its own sentence, which is more reliable. */
  nearby?: boolean;
}

const NONE: Slot = { entities: [], pronoun: false };
const PERSON_KINDS: readonly EntityKind[] = ["person"];

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
  const c = compile(cfg);
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
    let confidence = rule.confidence;
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
      } else confidence -= 0.3;
    }
    const date = dateFor(dates, ts, te, folded, c);
    if (c.hedge.test(folded.slice(Math.max(0, ts - 40), te + 20))) confidence -= 0.25;
    if (reading.pronoun) confidence -= reading.nearby ? 0.05 : 0.15;
    if (!date) confidence -= 0.05;
    const role =
      rule.type === "appointment" || rule.type === "hiring" ? roleAfter(ctx, te, c) : undefined;
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
      }
    }
    const actors = reading.actors.slice(0, 6);
    const targets = reading.targets.slice(0, 6);
    for (const actor of actors.length ? actors : [undefined]) {
      for (const target of targets.length ? targets : [undefined]) {
        if (!actor && !target) continue;
        if (actor && actor === target) continue;
        let conf = confidence;
        if (rule.target?.length && rule.object !== false && !rule.targetOptional && !target)
          conf -= 0.2;
        out.push({
          type: rule.type,
          ...(actor ? { actor } : {}),
          ...(target ? { target } : {}),
          ...(role?.role ? { role: role.role } : {}),
          ...(role?.org ? { org: role.org } : {}),
          ...(date ? { date: date.date } : {}),
          evidence: sentence.text,
          confidence: round(conf),
          reason: `${rule.reason}; ${reading.voice}${date ? `; date: ${date.reason}` : ""}`,
        });
      }
    }
  }
  // « Acme annonce la nomination de X »: the announcement is the appointment, said once.
  const told = new Set(out.filter((e) => e.type !== "announcement").map((e) => e.actor));
  return out.filter((e) => e.type !== "announcement" || !told.has(e.actor));
}

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
  const prep = rule.targetPrep
    ? new RegExp(`(?:^|[^\\p{L}])(?:${rule.targetPrep})\\s*(?:(?:le|la|les|l')\\s*)?$`, "u")
    : undefined;
  if (rule.form === "noun") {
    const possessive = c.possessive.test(folded.slice(Math.max(0, ts - 20), ts));
    const target = possessive
      ? pronounSlot(ctx, ts, targetKinds)
      : rightSlot(ctx, te, targetKinds, c, 50, prep ?? c.complement);
    const agent = agentSlot(ctx, te, actorKinds, c);
    let actors = agent.entities;
    if (actors.length === 0) {
      const gov = c.announce.exec(folded.slice(Math.max(0, ts - 60), ts));
      if (gov) actors = leftSlot(ctx, ts - gov[0].length, actorKinds, c).entities;
    }
    return {
      actors,
      targets: target.entities,
      pronoun: target.pronoun,
      nearby: target.nearby,
      voice: "noun: target after « de », actor after « par » or the announcing verb",
    };
  }
  const word = ctx.sentence.text.slice(ts, te);
  const participle = cfg.participle.test(word) && !c.active.test(before);
  const agentAfter = c.agent.test(folded.slice(te, te + 30));
  const passive =
    rule.object !== false &&
    (c.passive.test(before) || (participle && agentAfter && !cfg.bareParticipleIsPassive));
  const bareParticiple =
    rule.object !== false && !passive && participle && cfg.bareParticipleIsPassive;
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
      };
    }
    if (!prev || !/^[\s,]{0,3}$/.test(gap) || !targetKinds.includes(prev.kind)) return null;
    return {
      actors: agent.entities,
      targets: [prev.entity],
      pronoun: false,
      voice: "participle: target is the name before it",
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
    };
  }
  if (rule.subject === "target") {
    const subject = leftSlot(ctx, ts, targetKinds, c);
    // « Le conseil a annoncé que X occuperait le poste »: who announced it appointed X.
    let actors: string[] = [];
    if (
      rule.type === "appointment" &&
      c.announceThat.test(folded.slice(Math.max(0, start - 30), start))
    ) {
      const gov = c.announceThat.exec(folded.slice(Math.max(0, start - 30), start))!;
      actors = leftSlot(ctx, start - gov[0].length, ["organisation", "group"], c).entities;
    }
    return {
      actors,
      targets: subject.entities,
      pronoun: subject.pronoun,
      nearby: subject.nearby,
      voice: "active: the subject is the one it happens to",
    };
  }
  const subject = leftSlot(ctx, ts, actorKinds, c);
  const object = rule.object === false ? NONE : rightSlot(ctx, te, targetKinds, c, 120, prep);
  return {
    actors: subject.entities,
    targets: object.entities,
    pronoun: subject.pronoun,
    nearby: subject.nearby,
    voice: "active: actor is the subject, target the object",
  };
}

/** Where the clause holding `at` starts: after « que », a colon, a quotation mark, a bracket. */
function clauseStart(ctx: SentenceContext, at: number, c: Compiled): number {
  let start = 0;
  c.clauseBreak.lastIndex = 0;
  const text = ctx.sentence.folded.slice(0, at);
  for (let m = c.clauseBreak.exec(text); m; m = c.clauseBreak.exec(text))
    start = m.index + m[0].length;
  return start;
}

const CONJUNCTION = /(?<![\p{L}])(?:et|and|ainsi que|as well as)(?![\p{L}])/u;

/** The subject: the nearest mention of an accepted kind before `at` in its clause, with the names listed with it. */
function leftSlot(
  ctx: SentenceContext,
  at: number,
  kinds: readonly EntityKind[],
  c: Compiled,
): Slot {
  const folded = ctx.sentence.folded;
  const start = clauseStart(ctx, at, c);
  const candidates = ctx.mentions.filter(
    (m) =>
      m.end <= at && m.start >= start && !inside(ctx.quotes, m.start) && kinds.includes(m.kind),
  );
  let last = candidates.at(-1);
  // « X, qui a été recruté »: the relative pronoun stands for the noun before it.
  if (!last && c.relative.test(folded.slice(Math.max(0, start - 12), start))) {
    const before = ctx.mentions.filter((m) => m.end <= start && start - m.end <= 10);
    last = before.at(-1);
    if (last && !kinds.includes(last.kind)) last = undefined;
    // « X, du chercheur Y et de Z, qui avaient tous quitté »: « tous » takes the whole list.
    if (
      last &&
      /(?<![\p{L}])(?:tous|toutes|all|both|les deux)(?![\p{L}])/u.test(folded.slice(start, at))
    ) {
      return { entities: unique(listBefore(ctx, last, kinds)), pronoun: false };
    }
  }
  if (!last) {
    const clause = folded.slice(start, at);
    if (c.pronoun.test(clause)) return pronounSlot(ctx, at, kinds);
    // « plus de 90 % d'entre eux ont réclamé », « 650 employés ont signé »: the staff.
    if (
      kinds.includes("group") &&
      /d'entre eux|of them|\d\s*(?:%|employes|salaries|employees|workers)/.test(clause)
    ) {
      const staff = [...ctx.entities.values()].find((e) => e.key.startsWith("employees:"));
      if (staff) return { entities: [staff.key], pronoun: false };
    }
    return NONE;
  }
  const list = [last];
  let joined = false;
  for (let i = ctx.mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    const gap = folded.slice(m.end, list[0]!.start);
    if (!c.join.test(gap) || !kinds.includes(m.kind) || m.start < start) break;
    list.unshift(m);
    if (CONJUNCTION.test(gap)) joined = true;
  }
  // A comma alone is an aside (« le PDG de Twitch, Emmett Shear »), not a list.
  return { entities: unique(joined ? list : [last]), pronoun: false };
}

/** The names listed before `last`, each joined by « , » or « et » and maybe a role. */
function listBefore(ctx: SentenceContext, last: Mention, kinds: readonly EntityKind[]): Mention[] {
  const folded = ctx.sentence.folded;
  const list = [last];
  for (let i = ctx.mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (!kinds.includes(m.kind)) continue;
    const gap = folded.slice(m.end, list[0]!.start);
    if (!/^\s*(?:,|et|and)\s[^,;:«»()]*$/u.test(gap)) break;
    list.unshift(m);
  }
  return list;
}

/** The object: the first mention of an accepted kind after `at`, with the names listed with it. */
function rightSlot(
  ctx: SentenceContext,
  at: number,
  kinds: readonly EntityKind[],
  c: Compiled,
  reach: number,
  prep?: RegExp,
): Slot {
  const folded = ctx.sentence.folded;
  c.clauseBreak.lastIndex = 0;
  const rest = folded.slice(at);
  const breakMatch = c.clauseBreak.exec(rest.replace(/^\s*,/, " "));
  const end = Math.min(at + reach, breakMatch ? at + breakMatch.index : folded.length);
  const first = ctx.mentions.find(
    (m) => m.start >= at && m.start < end && kinds.includes(m.kind) && !inside(ctx.quotes, m.start),
  );
  if (!first) return NONE;
  if (prep && !prep.test(folded.slice(at, first.start))) return NONE;
  const list = [first];
  let joined = false;
  for (let i = ctx.mentions.indexOf(first) + 1; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    const gap = folded.slice(list.at(-1)!.end, m.start);
    if (!kinds.includes(m.kind) || !c.join.test(gap) || gap.trim() === "") break;
    list.push(m);
    if (CONJUNCTION.test(gap)) joined = true;
  }
  return { entities: unique(joined ? list : [first]), pronoun: false };
}

/** The agent of a passive: the first mention after « par » / « by » following the trigger. */
function agentSlot(
  ctx: SentenceContext,
  te: number,
  kinds: readonly EntityKind[],
  c: Compiled,
): Slot {
  const folded = ctx.sentence.folded;
  const rest = folded.slice(te, te + 90);
  const cut = rest.search(/[;:.«»]/);
  const scope = cut < 0 ? rest : rest.slice(0, cut);
  const agent = c.agent.exec(scope);
  if (
    !agent ||
    /^(?:interim|interim|ailleurs|exemple|example)/.test(scope.slice(agent.index + agent[0].length))
  )
    return NONE;
  const from = te + agent.index + agent[0].length;
  const m = ctx.mentions.find(
    (x) => x.start >= from && x.start <= from + 45 && kinds.includes(x.kind),
  );
  // The agent is the noun phrase right after « par »: past a comma, a name belongs to the next clause.
  if (!m || /[,;]/.test(folded.slice(from, m.start))) return NONE;
  return { entities: [m.entity], pronoun: false };
}

/** « son limogeage », « il a démissionné »: the person named last, in this sentence or before. */
function pronounSlot(ctx: SentenceContext, at: number, kinds: readonly EntityKind[]): Slot {
  if (!kinds.some((k) => PERSON_KINDS.includes(k) || k === "group" || k === "organisation"))
    return NONE;
  const here = ctx.mentions.filter(
    (m) => m.end <= at && m.kind === "person" && !inside(ctx.quotes, m.start),
  );
  const key = here.at(-1)?.entity ?? ctx.lastPerson();
  if (!key) return NONE;
  const kind = ctx.entities.get(key)?.kind;
  return kind && kinds.includes(kind)
    ? { entities: [key], pronoun: true, nearby: here.length > 0 }
    : NONE;
}

/** « Quatre jours après avoir été écarté, l'avenir de X... »: the first fitting name after the comma. */
function mainClauseSubject(ctx: SentenceContext, kinds: readonly EntityKind[]): Slot {
  const comma = ctx.sentence.folded.indexOf(",");
  const m = ctx.mentions.find(
    (x) => x.start > comma && kinds.includes(x.kind) && !inside(ctx.quotes, x.start),
  );
  return m ? { entities: [m.entity], pronoun: false } : NONE;
}

/**
 * The date of an event: the one whose « après » phrase holds it, else the nearest in the sentence
 * that no relative clause separates from it (« qu'il a dirigée jusqu'en mars, qui a annoncé »).
 */
function dateFor(
  dates: readonly DateMention[],
  ts: number,
  te: number,
  folded: string,
  c: Compiled,
): DateMention | undefined {
  const owner = dates.find((d) => d.ownsEventsInside && d.start <= ts && te <= d.end);
  if (owner) return owner;
  let best: DateMention | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (d.ownsEventsInside) continue;
    const between = d.end <= ts ? folded.slice(d.end, ts) : folded.slice(te, d.start);
    c.clauseBreak.lastIndex = 0;
    if (/(?<![\p{L}])(?:qui|qu'|dont|who|which)/u.test(between)) continue;
    const gap = between.length;
    if (gap < distance) {
      best = d;
      distance = gap;
    }
  }
  return best;
}

/** The post in an appointment: « comme PDG par intérim d'OpenAI » gives the role and the org. */
function roleAfter(
  ctx: SentenceContext,
  te: number,
  c: Compiled,
): { role?: string; org?: string } | undefined {
  const m = c.roleIntro.exec(ctx.sentence.folded.slice(te, te + 140));
  if (!m) return undefined;
  const [from, to] = m.indices![1]!;
  const start = te + from;
  let end = te + to;
  const org = ctx.mentions.find(
    (x) => x.start >= start && x.start < end && x.kind === "organisation",
  );
  if (org) {
    const cut = ctx.sentence.folded.slice(start, org.start).search(/\s*(?:de|d'|du|of|at)\s*$/u);
    end = cut >= 0 ? start + cut : org.start;
  }
  const role = ctx.sentence.text
    .slice(start, end)
    .replace(/[\s,]+$/, "")
    .trim();
  return { ...(role ? { role } : {}), ...(org ? { org: org.entity } : {}) };
}

/** The organisation after « chez », « au sein de », « à la tête de ... de », within the clause. */
function employerAfter(ctx: SentenceContext, te: number, cfg: LanguageConfig): string | undefined {
  const folded = ctx.sentence.folded;
  const m = new RegExp(
    `^[^;:.«»]{0,80}?(?<![\\p{L}])(?:${cfg.employerIntro})(?![\\p{L}])[^;:,.«»]{0,80}?$`,
    "u",
  );
  const org = ctx.mentions.find(
    (x) =>
      x.start > te &&
      x.start - te < 160 &&
      x.kind === "organisation" &&
      m.test(folded.slice(te, x.start)),
  );
  return org?.entity;
}

function unique(list: readonly Mention[]): string[] {
  return [...new Set(list.map((m) => m.entity))];
}
