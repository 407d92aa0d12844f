import type { FactEvent } from "../facts/model.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";
import type { Draft } from "./draft.js";
import { buildEntityQuestion } from "./entity-question.js";
import { clauseOf, phrasable, sameAct, whoPrompt } from "./event-forms.js";
import { ownedByActor } from "./possessive.js";
import { KIND_WEIGHT } from "./rank.js";

/** « Qui a évincé Sam Altman … ? »: the actor of an event. */
export function whoDrafts(ctx: GenContext, events: readonly FactEvent[]): Draft[] {
  const drafts: Draft[] = [];
  for (const event of events) {
    if (!event.actor || event.actor === event.target) continue;
    const clause = clauseOf(ctx, event);
    if (!phrasable(event, clause)) continue;
    // The prompt must say what was done to whom or what: « Qui a démissionné ? » alone asks nothing.
    if (clause.slots.length === 0 && !clause.object) continue;
    // « Qui a fermé ses studios ? »: a possessive whose owner is the one asked points nowhere.
    if (ownedByActor(ctx, event)) continue;
    const query = {
      rel: event.type,
      ...(clause.target ? { obj: clause.target.id } : {}),
      ...(event.role ? { role: event.role } : {}),
      ...(event.org ? { org: event.org } : {}),
      ...(event.date ? { date: event.date } : {}),
      ...(event.until ? { until: event.until } : {}),
    };
    const id = `${event.id}.who`;
    drafts.push({
      id,
      kind: "who",
      facts: [event.id],
      sources: event.sources,
      score: ctx.salience({ kind: "event", fact: event }) + KIND_WEIGHT.who,
      key: `who|${event.type}|${clause.target?.id ?? ""}|${fold(event.role ?? "")}|${event.org ?? ""}|${fold(event.label ?? "")}|${event.date ?? ""}`,
      build: (options) =>
        buildEntityQuestion(
          ctx,
          {
            id,
            kind: "who",
            event,
            answer: event.actor!,
            slot: "actor",
            field: "actor",
            matches: sameAct(event, ctx.truth.matching(query)),
            named: [event.target, event.org],
            prompt: (features) => whoPrompt(ctx, clause, features),
          },
          options,
        ),
    });
  }
  return drafts;
}
