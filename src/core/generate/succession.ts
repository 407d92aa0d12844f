import type { FactEvent } from "../facts/model.js";
import { successions } from "../facts/successions.js";
import { successionSentence } from "../phrase/sequence.js";
import type { GenContext } from "./context.js";
import type { Draft } from "./draft.js";
import { buildEntityQuestion } from "./entity-question.js";
import { clauseOf, whomPrompt } from "./event-forms.js";
import { KIND_WEIGHT } from "./rank.js";

/**
 * « Qui a été nommé PDG par intérim d'OpenAI en premier ? », « … après Mira Murati ? »: when
 * several people held one post in turn, asking who held it is ambiguous; asking who came first,
 * or who came after whom, is not. The later holders make the best distractors for "first".
 */
export function successionDrafts(ctx: GenContext, events: readonly FactEvent[]): Draft[] {
  const drafts: Draft[] = [];
  for (const sorted of successions(events)) {
    const explanation = successionSentence(ctx.phrase, sorted);
    sorted.forEach((event, i) => {
      const clause = clauseOf(ctx, event);
      if (!clause.role || !clause.target) return;
      const previous = sorted[i - 1];
      const variant = previous ? "next" : "first";
      const id = `${event.id}.whom.${variant}`;
      const later = sorted.slice(i + 1).map((e) => e.target!);
      const before = previous ? ctx.phrase.name(previous.target)!.text : "";
      const suffix = ctx.phrase.grammar.successionSuffix(previous ? before : undefined);
      drafts.push({
        id,
        kind: "whom",
        facts: [event.id, ...sorted.filter((e) => e !== event).map((e) => e.id)],
        sources: event.sources,
        score: ctx.salience({ kind: "event", fact: event }) + KIND_WEIGHT.whom,
        key: `whom|${id}`,
        build: (options) => {
          const built = buildEntityQuestion(
            ctx,
            {
              id,
              kind: "whom",
              event,
              answer: event.target!,
              slot: "target",
              field: "target",
              matches: ctx.truth.matching({
                rel: event.type,
                role: event.role!,
                ...(event.org ? { org: event.org } : {}),
              }),
              named: [event.actor, event.org, previous?.target],
              near: [...later, ...sorted.slice(0, i).map((e) => e.target!)],
              prompt: (features) =>
                whomPrompt(ctx, clause, features, true, false)?.replace(
                  / ?\?$/,
                  (q) => `${suffix}${q}`,
                ),
              explanation: [explanation],
            },
            options,
          );
          // The question tests the whole succession: who came first and who came next.
          if (typeof built !== "string") {
            built.question.facts = [
              event.id,
              ...sorted.filter((e) => e !== event).map((e) => e.id),
            ];
          }
          return built;
        },
      });
    });
  }
  return drafts;
}
