import type { FactEvent, Language } from "../facts/model.js";
import { a, de, elide } from "../i18n/french.js";
import type { PhraseContext } from "./context.js";
import type { EnglishVerb, Entry, Frame, FrenchVerb, RoleAttachment, Slot } from "./lexicon.js";
import { ENGLISH } from "./lexicon-en.js";
import { FRENCH } from "./lexicon-fr.js";
import type { Named } from "./names.js";

/** One part of a clause after its verb, with its preposition: « dans OpenAI », "as CEO". */
export interface ClauseSlot {
  slot: Slot;
  text: string;
}

/** An event resolved into what a sentence about it says: subject, verb, and what follows. */
export interface Clause<V> {
  lang: Language;
  event: FactEvent;
  entry: Entry<V>;
  verb: V;
  object?: string;
  actor?: Named;
  /** The target as the clause names it, when the frame has a place for it. */
  target?: Named;
  /** "" when the target is the direct object, else its preposition. */
  targetPrep?: string;
  /** The role, when the clause states it, and how it attaches. */
  role?: { text: string; attachment: RoleAttachment };
  slots: ClauseSlot[];
  /**
   * Parts the event has that this language cannot say: a role or label the pack gives no
   * words for in it, a name that is a phrase of another language. See `realisable`.
   */
  missing: ("actor" | Slot)[];
}

export type FrenchClause = Clause<FrenchVerb>;
export type EnglishClause = Clause<EnglishVerb>;

/** Names a clause uses instead of the event's own: several actors told as one subject. */
export interface ClauseOverride {
  actor?: Named;
  target?: Named;
}

const LEADS_WITH_PREPOSITION = {
  fr: /^(?:dans|lors|à|au|aux|sur|pendant|devant|en|par|chez|avec|pour)\s|^lors d['’]/i,
  en: /^(?:in|at|on|during|before|to|with|for|by)\s/i,
} as const;

export function frenchClause(
  ctx: PhraseContext,
  event: FactEvent,
  o: ClauseOverride = {},
): FrenchClause {
  return build(ctx, event, FRENCH[event.type], o);
}

export function englishClause(
  ctx: PhraseContext,
  event: FactEvent,
  o: ClauseOverride = {},
): EnglishClause {
  return build(ctx, event, ENGLISH[event.type], o);
}

/** Joins a phrase to its preposition, with French contraction: « du conseil », « aux employés ». */
export function attach(prep: string, text: string, lang: Language): string {
  if (prep === "") return text;
  if (lang === "en") return `${prep} ${text}`;
  if (prep === "de") return de(text);
  if (prep === "à") return a(text);
  if (prep.endsWith(" de")) return `${prep.slice(0, -3)} ${de(text)}`;
  if (prep.endsWith(" à")) return `${prep.slice(0, -2)} ${a(text)}`;
  return `${prep} ${text}`;
}

function build<V>(
  ctx: PhraseContext,
  event: FactEvent,
  entry: Entry<V>,
  o: ClauseOverride,
): Clause<V> {
  const lang = ctx.lang;
  const missing: ("actor" | Slot)[] = [];
  // Roles and labels in the language being written: the pack's own words or their translation.
  // Without them the clause says less, and `realisable` decides whether it still says enough.
  const role = ctx.text(event, "role");
  const label = ctx.text(event, "label");
  if (event.role && !role) missing.push("role");
  if (event.label && !label) missing.push("label");
  const actorNamed = o.actor ?? ctx.name(event.actor);
  const actor = actorNamed?.foreign ? undefined : actorNamed;
  if (actorNamed?.foreign) missing.push("actor");
  const orgIsTarget = !event.target && !event.role && entry.orgAsTarget === true;
  const targetNamed = o.target ?? ctx.name(event.target ?? (orgIsTarget ? event.org : undefined));
  const target = targetNamed?.foreign ? undefined : targetNamed;
  if (targetNamed?.foreign) missing.push("target");
  const frame = chooseFrame(entry, { target: !!target, label: !!label, role: !!role });
  const slots: ClauseSlot[] = [];
  let clauseTarget: Named | undefined;
  let roleOut: Clause<V>["role"];
  for (const slot of frame.order) {
    if (slot === "target" && target && frame.target !== undefined) {
      clauseTarget = target;
      slots.push({ slot, text: attach(frame.target, target.text, lang) });
    } else if (slot === "label" && label && frame.label !== undefined) {
      // A label that brings its own preposition (« lors d'une conférence », "at a conference")
      // takes it instead of the frame's.
      const prep = LEADS_WITH_PREPOSITION[lang].test(label) ? "" : frame.label;
      slots.push({ slot, text: attach(prep, label, lang) });
    } else if (slot === "role" && role && frame.role) {
      const owner = frame.target === "" && clauseTarget ? clauseTarget : actor;
      const attachment = frame.role;
      const text = roleText(ctx, event, role, attachment, owner);
      if (text === undefined) missing.push("org");
      else {
        roleOut = { text: role, attachment };
        slots.push({ slot, text });
      }
    }
  }
  const orgNamed = ctx.name(event.org);
  const org = orgNamed?.foreign ? undefined : orgNamed;
  if (orgNamed?.foreign && !orgIsTarget && !roleOut) missing.push("org");
  const orgUsed = roleOut !== undefined || orgIsTarget;
  if (org && !orgUsed && frame.org !== undefined && org.id !== actor?.id && org.id !== target?.id) {
    slots.push({ slot: "org", text: attach(frame.org, org.text, lang) });
  }
  return {
    lang,
    event,
    entry,
    verb: frame.verb,
    ...(frame.object ? { object: frame.object } : {}),
    ...(actor ? { actor } : {}),
    ...(clauseTarget ? { target: clauseTarget, targetPrep: frame.target ?? "" } : {}),
    ...(roleOut ? { role: roleOut } : {}),
    slots,
    missing,
  };
}

function chooseFrame<V>(
  entry: Entry<V>,
  has: { target: boolean; label: boolean; role: boolean },
): Frame<V> {
  if (has.label && entry.label === undefined && entry.labelled) return entry.labelled;
  if (!has.target && !has.label && !has.role && entry.bare) return entry.bare;
  return entry;
}

/** The role as the clause says it, or undefined when its organisation cannot be named here. */
function roleText(
  ctx: PhraseContext,
  event: FactEvent,
  role: string,
  attachment: RoleAttachment,
  owner: Named | undefined,
): string | undefined {
  const org = ctx.name(event.org);
  if (org?.foreign && org.id !== event.actor) return undefined;
  const ofOrg = org && org.id !== event.actor ? org.text : undefined;
  if (ctx.lang === "en") {
    const of = ofOrg ? ` of ${ofOrg}` : "";
    if (attachment === "attribute") return `${role}${of}`;
    if (attachment === "post") return `the post of ${role}${of}`;
    return `as ${role}${of}`;
  }
  const of = ofOrg ? ` ${de(ofOrg)}` : "";
  const poss = owner?.plural ? "leur" : "son";
  if (attachment === "post-from") return `de ${poss} poste ${elide("de", role)}${of}`;
  if (attachment === "post") return `${poss} poste ${elide("de", role)}${of}`;
  if (attachment === "as") return `comme ${role}${of}`;
  return `${role}${of}`;
}

/** Words joined by spaces, leaving out the missing and empty ones. */
export function joinWords(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== "").join(" ");
}

/**
 * How a question on the target of an event not yet done is asked: in the passive, of no actor
 * (« qui serait nommé PDG ? », "who would be appointed CEO?"), when it was announced, the verb has
 * a passive and the actor is left out or unknown; else of its actor, in the status it has,
 * « annoncé » or « prévu ». `prep` is the target's preposition ("" for a direct object), `rest`
 * what the clause says after the verb but the target. Undefined when the event has neither
 * status, the clause no target to ask about, or the active question no actor.
 */
export function targetQuestion<V>(
  c: Clause<V>,
  hasPassive: boolean,
  omitActor: boolean,
):
  | {
      status: "announced" | "planned";
      target: Named;
      prep: string;
      rest: string;
      /** Undefined for the passive question. */
      actor: Named | undefined;
    }
  | undefined {
  const status = c.event.status;
  if (!c.target || c.targetPrep === undefined) return undefined;
  if (status !== "announced" && status !== "planned") return undefined;
  const asked = { status, target: c.target, prep: c.targetPrep, rest: restOf(c, "target") };
  if (status === "announced" && hasPassive && (omitActor || !c.actor)) {
    return { ...asked, actor: undefined };
  }
  return c.actor ? { ...asked, actor: c.actor } : undefined;
}

/** The clause's parts after the verb, without the ones named: what a question keeps. */
export function restOf<V>(clause: Clause<V>, ...without: Slot[]): string {
  const parts = [
    clause.object,
    ...clause.slots.filter((s) => !without.includes(s.slot)).map((s) => s.text),
  ];
  return parts.filter(Boolean).join(" ");
}
