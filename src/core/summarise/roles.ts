import { comparePartialDates } from "../facts/dates.js";
import type { EventType, FactEvent } from "../facts/model.js";
import { successions } from "../facts/successions.js";
import type { PhraseContext } from "../phrase/context.js";

// Events that give someone a post, and events that take one away.
const TAKES: readonly EventType[] = ["appointment", "hiring", "joining"];
const LOSES: readonly EventType[] = ["dismissal", "resignation", "departure"];

/** Who holds or loses the post an event names. */
function holder(e: FactEvent): string | undefined {
  if (TAKES.includes(e.type) || e.type === "dismissal") return e.target;
  return LOSES.includes(e.type) ? e.actor : undefined;
}

/** The events that name a post, by who holds or loses it, and the posts held in turn. */
export interface Posts {
  byHolder: Map<string, FactEvent[]>;
  /** Events whose post someone else was given later. */
  succeeded: Set<string>;
}

/** Built once per summary, so that the who's-who reads each event once. */
export function postsByHolder(ctx: PhraseContext): Posts {
  const out = new Map<string, FactEvent[]>();
  for (const e of ctx.index.pack.events) {
    const who = e.role ? holder(e) : undefined;
    if (!who) continue;
    const list = out.get(who);
    if (list) list.push(e);
    else out.set(who, [e]);
  }
  for (const list of out.values()) {
    list.sort((a, b) => comparePartialDates(a.date ?? "", b.date ?? ""));
  }
  const succeeded = new Set(
    successions(ctx.index.pack.events).flatMap((g) => g.slice(0, -1).map((e) => e.id)),
  );
  return { byHolder: out, succeeded };
}

/**
 * A role for the who's-who when the pack describes someone nowhere: the last post the events
 * give them (« PDG par intérim d'Acme »), or the one they lost (« ancien PDG d'Acme »), in the
 * language being written; none when the pack gives the post no words in it.
 */
export function roleFromEvents(ctx: PhraseContext, id: string, posts: Posts): string {
  const last = posts.byHolder.get(id)?.at(-1);
  const role = last && ctx.text(last, "role");
  if (!last || !role) return "";
  const org = ctx.name(last.org);
  if (org?.foreign) return "";
  const of = org && org.id !== last.actor ? ctx.grammar.ofOrg(org.text) : "";
  const post = `${role}${of}`;
  // A post someone else was given later, in turn, is no longer theirs.
  const succeeded = posts.succeeded.has(last.id);
  if (TAKES.includes(last.type) && !succeeded) return post;
  const feminine = ctx.name(id)?.gender === "f";
  return ctx.grammar.former(post, feminine);
}
