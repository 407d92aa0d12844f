import type { FactEvent } from "../facts/model.js";
import { capitalize } from "../text/capitalize.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";
import { difficultyOf, pickTiered, type Tiered } from "./distractors/pick.js";
import type { Draft } from "./draft.js";
import { clauseOf, phrasable, rolePrompt, statedEvent } from "./event-forms.js";
import { KIND_WEIGHT } from "./rank.js";
import { entityRoleDrafts } from "./role-entity.js";
import { explain, singleChoice } from "./single.js";

/**
 * Roles and descriptions: « De quel poste le conseil a-t-il évincé Sam Altman … ? » (the post an
 * event names), « Qui est le PDG de Microsoft ? » and « Qui est Satya Nadella ? » (what the
 * sources say someone is).
 */
export function roleDrafts(
  ctx: GenContext,
  events: readonly FactEvent[],
  entities: readonly string[],
): Draft[] {
  return [...postDrafts(ctx, events), ...entityRoleDrafts(ctx, entities)];
}

function postDrafts(ctx: GenContext, events: readonly FactEvent[]): Draft[] {
  // Posts in the language asked: the pack's own words, or their translation.
  const roleOf = (e: FactEvent) => ctx.phrase.text(e, "role");
  const roles = new Map<string, { text: string; types: Set<string> }>();
  for (const e of ctx.index.pack.events) {
    const role = roleOf(e);
    if (!role || e.status) continue;
    const key = fold(role);
    const entry = roles.get(key) ?? { text: role, types: new Set<string>() };
    entry.types.add(e.type);
    roles.set(key, entry);
  }
  const drafts: Draft[] = [];
  for (const event of events) {
    const role = roleOf(event);
    if (!role || event.status) continue;
    const clause = clauseOf(ctx, event);
    if (!phrasable(event, clause) || !clause.role || !clause.entry.roleQuestion) continue;
    const id = `${event.id}.role`;
    drafts.push({
      id,
      kind: "role",
      facts: [event.id],
      sources: event.sources,
      score: ctx.salience({ kind: "event", fact: event }) + KIND_WEIGHT.role,
      key: `role|${event.type}|${event.actor ?? ""}|${event.target ?? ""}|${event.org ?? ""}|${event.date ?? ""}`,
      build({ rng, difficulty }) {
        const prompt = rolePrompt(ctx, clause);
        if (!prompt) return "no question form for this event";
        const truth = ctx.truth
          .matching({
            rel: event.type,
            ...(event.actor ? { subj: event.actor } : {}),
            ...(event.target ? { obj: event.target } : {}),
            ...(event.date ? { date: event.date } : {}),
          })
          .map((m) => ctx.index.events.get(m.fact))
          .map((e) => (e ? roleOf(e) : undefined))
          .filter((r): r is string => !!r)
          .map(fold);
        const answer = fold(role);
        const near = (r: string) =>
          r.includes(answer) ||
          answer.includes(r) ||
          truth.some((t) => r.includes(t) || t.includes(r));
        const candidates: Tiered<string>[] = [];
        for (const [key, role] of roles) {
          if (near(key)) continue;
          candidates.push({
            value: role.text,
            tier: role.types.has(event.type) ? 0 : 2,
            own: true,
          });
        }
        const picked = pickTiered(candidates, { rng, difficulty, count: 3, key: fold });
        if (picked.length < 2) return "fewer than two other posts in the pack";
        const question = singleChoice(
          {
            id,
            kind: "role",
            facts: [event.id],
            sources: event.sources,
            prompt,
            answer: { text: capitalize(role) },
            distractors: picked.map((p) => ({ text: capitalize(p.value) })),
            explanation: explain([statedEvent(ctx, event)]),
            difficulty: difficultyOf(picked),
          },
          rng,
        );
        return {
          question,
          answer: { fact: event.id, field: "role", value: event.role! },
          forbidden: new Set(truth),
          giveaways: [answer],
        };
      },
    });
  }
  return drafts;
}
