import type { EntityKind } from "../../facts/model.js";
import type { PronounRule } from "../config.js";
import type { Mention } from "../types.js";
import { inside, type SentenceContext } from "./context.js";
import type { Compiled } from "./event-patterns.js";

/** Who was found where, and how: mentions, or a pronoun resolved to the last subject. */
export interface Slot {
  entities: string[];
  pronoun: boolean;
  /** The pronoun was resolved within its own sentence, which is more reliable. */
  nearby?: boolean;
}

export const NONE: Slot = { entities: [], pronoun: false };
const PERSON_KINDS: readonly EntityKind[] = ["person"];

/** Where the clause holding `at` starts: after « que », a colon, a quotation mark, a bracket. */
export function clauseStart(ctx: SentenceContext, at: number, c: Compiled): number {
  let start = 0;
  c.clauseBreak.lastIndex = 0;
  const text = ctx.sentence.folded.slice(0, at);
  for (let m = c.clauseBreak.exec(text); m; m = c.clauseBreak.exec(text))
    start = m.index + m[0].length;
  return start;
}

/** The subject: the nearest mention of an accepted kind before `at` in its clause, with the names listed with it. */
export function leftSlot(
  ctx: SentenceContext,
  at: number,
  kinds: readonly EntityKind[],
  c: Compiled,
): Slot {
  const folded = ctx.sentence.folded;
  const start = clauseStart(ctx, at, c);
  // "Workers from Massachusetts to Virginia began": a name after a preposition is no subject.
  const candidates = ctx.mentions.filter(
    (m) =>
      m.end <= at &&
      m.start >= start &&
      !inside(ctx.quotes, m.start) &&
      kinds.includes(m.kind) &&
      !c.placed.test(folded.slice(Math.max(0, m.start - 16), m.start)),
  );
  let last = candidates.at(-1);
  // « Vega, fondée en 2015 par Léa Martin, a licencié »: the names inside an aside between commas
  // are not the subject; the name before the aside is.
  if (last && /^\s*,\s*(?:[\p{L}'-]+\s+){0,2}$/u.test(folded.slice(last.end, at))) {
    const comma = folded.lastIndexOf(",", at - 1);
    const before = candidates.findLast(
      (m) => m.end <= comma && c.g.aside.test(folded.slice(m.end, comma + 1)),
    );
    if (before) last = before;
  }
  // « X, qui a été recruté »: the relative pronoun stands for the noun before it.
  if (!last && c.relative.test(folded.slice(Math.max(0, start - 12), start))) {
    const before = ctx.mentions.filter((m) => m.end <= start && start - m.end <= 10);
    last = before.at(-1);
    if (last && !kinds.includes(last.kind)) last = undefined;
    // « X, du chercheur Y et de Z, qui avaient tous quitté »: « tous » takes the whole list.
    if (last && c.g.all.test(folded.slice(start, at))) {
      return { entities: unique(listBefore(ctx, last, kinds, c)), pronoun: false };
    }
  }
  if (!last) {
    const clause = folded.slice(start, at);
    const teller = tellerSlot(ctx, start, clause, kinds, c);
    if (teller) return teller;
    const pronoun = c.pronoun.exec(clause);
    if (pronoun) {
      // « il a démissionné »: whom the sentences before are about, else the last person named.
      const who = ctx.resolve(pronoun[1]!);
      const kind = who ? ctx.entities.get(who)?.kind : undefined;
      if (who && kind && kinds.includes(kind))
        return { entities: [who], pronoun: true, nearby: true };
      return pronounSlot(ctx, at, kinds);
    }
    // « plus de 90 % d'entre eux ont réclamé », « 650 employés ont signé »: the staff.
    if (kinds.includes("group") && c.g.staff.test(clause)) {
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
    if (c.g.and.test(gap)) joined = true;
  }
  // A comma alone is an aside (« le PDG de Twitch, Emmett Shear »), not a list.
  return { entities: unique(joined ? list : [last]), pronoun: false };
}

// Which names a pronoun can stand for: « it » no person, « she » no man, « il » no woman (French
// « il » and « elle » may stand for a company); "they" for whoever announced.
function tellerFits(rule: PronounRule | undefined, kind: EntityKind, gender?: "f" | "m"): boolean {
  if (!rule) return false;
  if (rule.plural) return true;
  if (kind !== "person") return rule.thing;
  return rule.person && !(rule.gender && gender && rule.gender !== gender);
}

/**
 * "Acme said that it had hired X", « Acme a annoncé qu'elle fermerait »: a pronoun opening what
 * was announced stands for who announced it, when it can.
 */
function tellerSlot(
  ctx: SentenceContext,
  start: number,
  clause: string,
  kinds: readonly EntityKind[],
  c: Compiled,
): Slot | undefined {
  const pronoun = c.g.openingPronoun.exec(clause);
  if (!pronoun) return undefined;
  const gov = c.announceThat.exec(ctx.sentence.folded.slice(Math.max(0, start - 60), start));
  if (!gov) return undefined;
  const teller = leftSlot(ctx, start - gov[0].length, kinds, c);
  const rule = c.pronouns.find((p) => p.word === pronoun[1]);
  const entity = teller.entities.length === 1 ? ctx.entities.get(teller.entities[0]!) : undefined;
  if (!entity || !tellerFits(rule, entity.kind, entity.gender)) return undefined;
  return { entities: teller.entities, pronoun: true, nearby: true };
}

/** The names listed before `last`, each joined by « , » or « et » and maybe a role. */
function listBefore(
  ctx: SentenceContext,
  last: Mention,
  kinds: readonly EntityKind[],
  c: Compiled,
): Mention[] {
  const folded = ctx.sentence.folded;
  const list = [last];
  for (let i = ctx.mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (!kinds.includes(m.kind)) continue;
    const gap = folded.slice(m.end, list[0]!.start);
    if (!c.g.listGap.test(gap)) break;
    list.unshift(m);
  }
  return list;
}

/** The object: the first mention of an accepted kind after `at`, with the names listed with it. */
export function rightSlot(
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
  return listFrom(ctx, first, kinds, c);
}

/** The agent of a passive: the first mention after « par » / « by » following the trigger. */
export function agentSlot(
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
  if (!agent || c.g.agentNotName.test(scope.slice(agent.index + agent[0].length))) return NONE;
  const from = te + agent.index + agent[0].length;
  const m = ctx.mentions.find(
    (x) => x.start >= from && x.start <= from + 45 && kinds.includes(x.kind),
  );
  // The agent is the noun phrase right after « par »: past a comma, a name belongs to the next clause.
  if (!m || /[,;]/.test(folded.slice(from, m.start))) return NONE;
  return listFrom(ctx, m, kinds, c);
}

/**
 * The names of a list that opens with `first`: « fondée par X et Y », "founded by X, Y and Z".
 * A list joined by commas only, never by « et » / "and", is no list: `first` alone.
 */
function listFrom(
  ctx: SentenceContext,
  first: Mention,
  kinds: readonly EntityKind[],
  c: Compiled,
): Slot {
  const folded = ctx.sentence.folded;
  const list = [first];
  let joined = false;
  for (let i = ctx.mentions.indexOf(first) + 1; i < ctx.mentions.length; i++) {
    const next = ctx.mentions[i]!;
    const gap = folded.slice(list.at(-1)!.end, next.start);
    if (!kinds.includes(next.kind) || !c.join.test(gap) || gap.trim() === "") break;
    list.push(next);
    if (c.g.and.test(gap)) joined = true;
  }
  return { entities: unique(joined ? list : [first]), pronoun: false };
}

/** « son limogeage », « il a démissionné »: the person named last, in this sentence or before. */
export function pronounSlot(ctx: SentenceContext, at: number, kinds: readonly EntityKind[]): Slot {
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
export function mainClauseSubject(ctx: SentenceContext, kinds: readonly EntityKind[]): Slot {
  const comma = ctx.sentence.folded.indexOf(",");
  const m = ctx.mentions.find(
    (x) => x.start > comma && kinds.includes(x.kind) && !inside(ctx.quotes, x.start),
  );
  return m ? { entities: [m.entity], pronoun: false } : NONE;
}

function unique(list: readonly Mention[]): string[] {
  return [...new Set(list.map((m) => m.entity))];
}
