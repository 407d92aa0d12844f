import type { FactEvent } from "../facts/model.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";
import type { Draft } from "./draft.js";
import { buildEntityQuestion } from "./entity-question.js";
import { clauseOf, phrasable, sameAct, whomPrompt } from "./event-forms.js";
import { ownedByActor } from "./possessive.js";
import { KIND_WEIGHT } from "./rank.js";

/**
 * « Qui le conseil d'administration d'OpenAI a-t-il évincé … ? »: the target of an event. When
 * the event names a post, the actor is left out (« Qui a été nommé PDG par intérim … ? »): the
 * post says what the question is about.
 */
export function whomDrafts(ctx: GenContext, events: readonly FactEvent[]): Draft[] {
  const drafts: Draft[] = [];
  for (const event of events) {
    if (event.actor === event.target) continue;
    const clause = clauseOf(ctx, event);
    if (!phrasable(event, clause)) continue;
    const target = clause.target;
    if (!target || clause.targetPrep === undefined) continue;
    // A post names what the question is about, so the actor may go (« Qui a été nommé PDG par
    // intérim d'OpenAI … ? »); not when the actor is the organisation, which the post then omits,
    // nor when a possessive in the label needs the actor to point to.
    const omitActor =
      clause.role !== undefined && event.org !== event.actor && !ownedByActor(ctx, event);
    if (!clause.actor && ownedByActor(ctx, event)) continue;
    const query = {
      rel: event.type,
      ...(event.actor && !omitActor ? { subj: event.actor } : {}),
      ...(event.role ? { role: event.role } : {}),
      ...(event.org ? { org: event.org } : {}),
      ...(event.date ? { date: event.date } : {}),
      ...(event.until ? { until: event.until } : {}),
    };
    const id = `${event.id}.whom`;
    drafts.push({
      id,
      kind: "whom",
      facts: [event.id],
      sources: event.sources,
      score: ctx.salience({ kind: "event", fact: event }) + KIND_WEIGHT.whom,
      key: `whom|${event.type}|${omitActor ? "" : (event.actor ?? "")}|${fold(event.role ?? "")}|${event.org ?? ""}|${fold(event.label ?? "")}|${event.date ?? ""}`,
      build: (options) =>
        buildEntityQuestion(
          ctx,
          {
            id,
            kind: "whom",
            event,
            answer: target.id,
            slot: "target",
            field: event.target ? "target" : "org",
            matches: sameAct(event, ctx.truth.matching(query)),
            named: [event.actor, event.org],
            prompt: (features) => whomPrompt(ctx, clause, features, omitActor),
          },
          options,
        ),
    });
  }
  return drafts;
}
