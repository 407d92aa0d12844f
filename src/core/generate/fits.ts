import type { FactEvent } from "../facts/model.js";
import { entitiesNamedIn as named } from "../facts/named-in.js";
import { phrasingOf } from "../languages/phrasings.js";
import { uniqueDescription } from "../phrase/descriptions.js";
import type { GenContext } from "./context.js";

// Whether an entity could have played the answer's part in an event, so that offering it as a
// wrong choice is fair: a reader who knows the story should rule it out for what it says, not
// because it could never have done such a thing (a news site hiring someone, Twitch dismissing
// OpenAI's chief executive, Microsoft's own chief executive "joining" Microsoft). See
// docs/questions.md, rule 6.

/** Event types whose actor decides for an organisation (its posts, its people). */
const DECIDES = new Set<FactEvent["type"]>(["dismissal", "appointment", "hiring"]);
/** Event types whose actor is someone who belonged to the organisation they act on. */
const BELONGED = new Set<FactEvent["type"]>(["departure", "resignation"]);
/** Event types an organisation does, answered by another of the same kind. */
const CORPORATE = new Set<FactEvent["type"]>([
  "investment",
  "acquisition",
  "agreement",
  "launch",
  "founding",
  "layoff",
  "closure",
]);

function tied(ctx: GenContext, a: string, b: string | undefined): boolean {
  return !!b && (a === b || (ctx.ties.get(a)?.has(b) ?? false));
}

/**
 * True when `candidate` could have been the event's actor or target in place of `answer`: the
 * same kind where the act needs it, tied to the organisation it leaves or acts for, not already
 * part of the one it joins or hires from, never a news outlet unless the answer is one, and never
 * the answer under another guise (a board and the company it governs, « les employés d'OpenAI »
 * and OpenAI).
 */
export function canPlay(
  ctx: GenContext,
  event: FactEvent,
  slot: "actor" | "target",
  candidate: string,
  answer: string,
): boolean {
  const c = ctx.index.entities.get(candidate);
  const a = ctx.index.entities.get(answer);
  if (!c || !a) return false;
  if (ctx.outlets.has(candidate) && !ctx.outlets.has(answer)) return false;
  if (sameBody(ctx, candidate, answer)) return false;
  const type = event.type;
  if (slot === "actor") {
    if (DECIDES.has(type) && c.kind === "group" && c.plural) return false;
    if (type === "dismissal" || type === "appointment") {
      // The company itself acts through its board: « Acme a évincé son PDG » is no wrong answer.
      if (candidate === event.org) return false;
      return event.org ? tied(ctx, candidate, event.org) : tied(ctx, candidate, event.target);
    }
    if (type === "hiring") return c.kind === a.kind && !tied(ctx, candidate, event.target);
    if (type === "joining") return !tied(ctx, candidate, event.target ?? event.org);
    if (BELONGED.has(type)) return tied(ctx, candidate, event.target ?? event.org);
    if (type === "petition" || type === "strike") {
      return c.kind !== "organisation" && (!event.target || tied(ctx, candidate, event.target));
    }
    // An investor already in a company may have put money in again: no wrong answer for sure.
    if (type === "investment" || type === "acquisition") {
      return c.kind === a.kind && !tied(ctx, candidate, event.target);
    }
    if (CORPORATE.has(type)) return c.kind === a.kind;
    if (SAID.has(type)) return speaksOf(ctx, event, candidate);
    return true;
  }
  if (type === "dismissal") return tied(ctx, candidate, event.org ?? event.actor);
  // Microsoft's chief executive is not named interim chief executive of OpenAI: someone who
  // holds a post only one holds at another organisation is no fair choice for this one's.
  if (type === "appointment" && holdsPostElsewhere(ctx, candidate, event.org)) return false;
  if (type === "hiring" || type === "joining") return !tied(ctx, candidate, event.actor);
  if (CORPORATE.has(type)) return !tied(ctx, candidate, event.actor);
  return true;
}

/** True when a description of the candidate is a post only one holds, at another organisation. */
function holdsPostElsewhere(ctx: GenContext, candidate: string, org: string | undefined): boolean {
  const entity = ctx.index.entities.get(candidate);
  if (entity?.kind !== "person") return false;
  return entity.descriptions.some((d) => {
    const lang = d.lang ?? ctx.index.lang;
    if (!uniqueDescription(d.text, phrasingOf(lang))) return false;
    const orgs = [...named(ctx.index, d.text)].filter(
      (id) => ctx.index.entities.get(id)?.kind === "organisation",
    );
    return orgs.length > 0 && !orgs.includes(org ?? "");
  });
}

/** What someone said: a statement, an announcement. */
const SAID = new Set<FactEvent["type"]>(["statement", "announcement"]);

/**
 * True when the candidate could have said what the label says: when it names people or things
 * (« une note qui confirme le renvoi de Sam Altman », « de nouvelles fonctionnalités de
 * ChatGPT »), only those tied to one of them, or to the company that makes a product named, speak
 * of it; a label that names nothing may be anyone's.
 */
function speaksOf(ctx: GenContext, event: FactEvent, candidate: string): boolean {
  if (!event.label) return true;
  const about = [...named(ctx.index, event.label)];
  // Who the words are addressed to or about is not who said them.
  if (about.includes(candidate)) return false;
  if (about.length === 0) return true;
  return about.some((id) => {
    if (tied(ctx, candidate, id)) return true;
    if (ctx.index.entities.get(id)?.kind !== "product") return false;
    return [...(ctx.ties.get(id) ?? [])].some(
      (maker) =>
        ctx.index.entities.get(maker)?.kind === "organisation" && tied(ctx, candidate, maker),
    );
  });
}

/**
 * True when one names the other: a board or a staff named after its company (« le conseil
 * d'administration d'OpenAI », OpenAI). Saying one did what the other did is not plainly false.
 */
export function sameBody(ctx: GenContext, a: string, b: string): boolean {
  const ea = ctx.index.entities.get(a);
  const eb = ctx.index.entities.get(b);
  if (!ea || !eb) return false;
  return named(ctx.index, ea.name).has(b) || named(ctx.index, eb.name).has(a);
}

/**
 * People who may belong to a group that is a true answer (« les employés d'OpenAI » signed, and
 * more than 90 % of them did): anyone tied to the organisation the group is named after. None
 * of them is a wrong answer the facts can prove.
 */
export function possibleMembers(ctx: GenContext, groups: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of groups) {
    const group = ctx.index.entities.get(id);
    if (group?.kind !== "group") continue;
    for (const org of named(ctx.index, group.name)) {
      if (org === id) continue;
      for (const member of ctx.ties.get(org) ?? []) {
        if (ctx.index.entities.get(member)?.kind === "person") out.add(member);
      }
    }
  }
  return out;
}
