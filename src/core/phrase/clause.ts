import type { FactEvent } from "../facts/model.js";
import type { PhraseContext } from "../languages/phrasing-types.js";
import type { Clause, ClauseOverride, ClauseSlot } from "./clause-types.js";
import type { Entry, Frame, RoleAttachment, Slot } from "./lexicon.js";
import type { Named } from "./names.js";

export type { Clause, ClauseOverride, ClauseSlot, DatePlace } from "./clause-types.js";

/**
 * An event resolved into a clause of the context's language, with that language's way of saying
 * each event type (`entry`): what each language's `clause` calls.
 */
export function buildClause<V>(
  ctx: PhraseContext,
  event: FactEvent,
  entry: Entry<V>,
  o: ClauseOverride,
): Clause<V> {
  const { lang, grammar } = ctx;
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
      slots.push({ slot, text: grammar.attach(frame.target, target.text) });
    } else if (slot === "label" && label && frame.label !== undefined) {
      // A label that brings its own preposition (« lors d'une conférence », "at a conference")
      // takes it instead of the frame's.
      const prep = grammar.leadsWithPreposition.test(label) ? "" : frame.label;
      slots.push({ slot, text: grammar.attach(prep, label) });
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
    slots.push({ slot: "org", text: grammar.attach(frame.org, org.text) });
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
  return ctx.grammar.roleText(role, attachment, ofOrg, owner);
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
