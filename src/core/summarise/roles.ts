import { comparePartialDates } from "../facts/dates.js";
import type { EventType, FactEvent } from "../facts/model.js";
import { de } from "../i18n/french.js";
import type { PhraseContext } from "../phrase/context.js";

// Events that give someone a post, and events that take one away.
const TAKES: readonly EventType[] = ["appointment", "hiring", "joining"];
const LOSES: readonly EventType[] = ["dismissal", "resignation", "departure"];

/** Who holds or loses the post an event names. */
function holder(e: FactEvent): string | undefined {
  if (TAKES.includes(e.type) || e.type === "dismissal") return e.target;
  return LOSES.includes(e.type) ? e.actor : undefined;
}

/**
 * A role for the who's-who when the pack describes someone nowhere: the last post the events
 * give them (« PDG par intérim d'Acme »), or the one they lost (« ancien PDG d'Acme »). Posts are
 * written in the pack's language, so other languages get none.
 */
export function roleFromEvents(ctx: PhraseContext, id: string): string {
  if (!ctx.native) return "";
  const events = ctx.index.pack.events
    .filter(
      (e) =>
        e.role &&
        (TAKES.includes(e.type)
          ? e.target === id
          : LOSES.includes(e.type) && (e.type === "dismissal" ? e.target === id : e.actor === id)),
    )
    .sort((a, b) => comparePartialDates(a.date ?? "", b.date ?? ""));
  const last = events.at(-1);
  if (!last?.role) return "";
  const org = ctx.name(last.org);
  const post = `${last.role}${org && org.id !== last.actor ? ` ${ctx.lang === "fr" ? de(org.text) : `of ${org.text}`}` : ""}`;
  // A post someone else was given later, in turn, is no longer theirs.
  const succeeded = ctx.index.pack.events.some(
    (e) =>
      e.type === last.type &&
      e.role === last.role &&
      e.org === last.org &&
      e.target !== id &&
      comparePartialDates(e.date ?? "", last.date ?? "") > 0,
  );
  if (TAKES.includes(last.type) && !succeeded) return post;
  const feminine = ctx.name(id)?.gender === "f";
  return ctx.lang === "fr" ? `${feminine ? "ancienne" : "ancien"} ${post}` : `former ${post}`;
}
