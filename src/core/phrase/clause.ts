import type { FactEvent, Language } from "../facts/model.js";
import { a, de, elide } from "../i18n/french.js";
import type { PhraseContext } from "./context.js";
import type { EnglishVerb, Entry, Frame, FrenchVerb, RoleAttachment, Slot } from "./lexicon.js";
import { ENGLISH } from "./lexicon-en.js";
import { FRENCH } from "./lexicon-fr.js";
import type { Named } from "./names.js";
import { quoted } from "./words.js";

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
}

export type FrenchClause = Clause<FrenchVerb>;
export type EnglishClause = Clause<EnglishVerb>;

/** Names a clause uses instead of the event's own: several actors told as one subject. */
export interface ClauseOverride {
  actor?: Named;
  target?: Named;
}

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
  const actor = o.actor ?? ctx.name(event.actor);
  // Roles and labels are written in the pack's language; in another language they are kept,
  // quoted as the pack wrote them, rather than lost: the reader still learns what the post was.
  const role = foreign(ctx, event.role);
  const label = foreign(ctx, event.label);
  const orgIsTarget = !event.target && !role && entry.orgAsTarget === true;
  const target = o.target ?? ctx.name(event.target ?? (orgIsTarget ? event.org : undefined));
  const frame = chooseFrame(entry, { target: !!target, label: !!label, role: !!role });
  const slots: ClauseSlot[] = [];
  let clauseTarget: Named | undefined;
  let roleOut: Clause<V>["role"];
  for (const slot of frame.order) {
    if (slot === "target" && target && frame.target !== undefined) {
      clauseTarget = target;
      slots.push({ slot, text: attach(frame.target, target.text, lang) });
    } else if (slot === "label" && label && frame.label !== undefined) {
      slots.push({ slot, text: attach(frame.label, label, lang) });
    } else if (slot === "role" && role && frame.role) {
      const owner = frame.target === "" && clauseTarget ? clauseTarget : actor;
      const attachment = !ctx.native && frame.role === "attribute" ? "as" : frame.role;
      roleOut = { text: role, attachment };
      slots.push({ slot, text: roleText(ctx, event, role, attachment, owner) });
    }
  }
  const org = ctx.name(event.org);
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
  };
}

/** A pack text as a sentence in another language quotes it: “PDG par intérim”. */
function foreign(ctx: PhraseContext, text: string | undefined): string | undefined {
  if (text === undefined || ctx.native) return text;
  return quoted(text, ctx.lang);
}

function chooseFrame<V>(
  entry: Entry<V>,
  has: { target: boolean; label: boolean; role: boolean },
): Frame<V> {
  if (has.label && entry.label === undefined && entry.labelled) return entry.labelled;
  if (!has.target && !has.label && !has.role && entry.bare) return entry.bare;
  return entry;
}

function roleText(
  ctx: PhraseContext,
  event: FactEvent,
  role: string,
  attachment: RoleAttachment,
  owner: Named | undefined,
): string {
  const org = ctx.name(event.org);
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

/** The clause's parts after the verb, without the ones named: what a question keeps. */
export function restOf<V>(clause: Clause<V>, ...without: Slot[]): string {
  const parts = [
    clause.object,
    ...clause.slots.filter((s) => !without.includes(s.slot)).map((s) => s.text),
  ];
  return parts.filter(Boolean).join(" ");
}
