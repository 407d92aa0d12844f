import type { FactEvent } from "../facts/model.js";
import { type Features, sharedFeatures } from "../phrase/agreement.js";
import { eventSayable } from "../phrase/event-sentence.js";
import { asChoice } from "../phrase/names.js";
import type { Question } from "../question/model.js";
import { fold } from "../text/fold.js";
import { amongThese } from "./among.js";
import { type GenContext, peerKey } from "./context.js";
import { entityDistractors } from "./distractors/entities.js";
import { difficultyOf, pickTiered } from "./distractors/pick.js";
import type { AnswerClaim, BuildOptions, Built } from "./draft.js";
import { entityFeedback, statedEvent } from "./event-forms.js";
import { canPlay, possibleMembers } from "./fits.js";
import { explain, singleChoice } from "./single.js";
import type { Assertion } from "./truth.js";

/** What a question about one participant of an event needs to be built. */
export interface EntityAsk {
  id: string;
  kind: Question["kind"];
  event: FactEvent;
  /** The entity that answers, and the slot it fills in the event. */
  answer: string;
  slot: "actor" | "target";
  field: AnswerClaim["field"];
  /** Assertions the prompt also fits: their entities are other true answers. */
  matches: readonly Assertion[];
  /** Entities the prompt names, besides the answer. */
  named: readonly (string | undefined)[];
  /** Distractors the facts make wrong in an instructive way (a later holder of the post). */
  near?: readonly string[];
  prompt(features: Features): string | undefined;
  /** Sentences of the explanation; the event's own sentence when omitted. */
  explanation?: string[];
}

/**
 * A single-choice question whose answer is an entity: distractors of the same family, none of
 * them another true answer, the answer's aliases forbidden among the choices, and « parmi ces
 * propositions » when the facts give the prompt more than one true answer.
 */
/** Wrong choices offered beside the right one. */
const DISTRACTORS = 3;

/** Acts a group does as one, whatever each source calls it: a letter signed, a strike. */
const COLLECTIVE_ACTS = new Set<FactEvent["type"]>(["petition", "strike"]);

function ownLabel(ask: EntityAsk): string | undefined {
  return ask.event.label === undefined ? undefined : fold(ask.event.label);
}

export function buildEntityQuestion(
  ctx: GenContext,
  ask: EntityAsk,
  options: BuildOptions,
): Built | string {
  const { rng, difficulty } = options;
  const pick = (m: Assertion) => (ask.slot === "actor" ? m.subj : m.obj);
  const near = new Set(ask.near ?? []);
  const trueIds = new Set(ask.matches.map(pick).filter((s): s is string => !!s && !near.has(s)));
  trueIds.delete(ask.answer);
  // Any other true answer, stated or implied (a joining implies a hiring), makes the prompt
  // ask among the choices rather than in the world.
  const others = ask.matches.filter(
    (m) => pick(m) && pick(m) !== ask.answer && !near.has(pick(m)!),
  );
  const forbidden = new Set<string>();
  for (const id of [ask.answer, ...trueIds])
    for (const n of ctx.index.names.get(id) ?? []) forbidden.add(n);
  // A group among the true answers (« les employés d'OpenAI » signed) may count any of its
  // people: none of them is a wrong answer the facts can prove.
  // Only a group that did the same thing: signing a letter, striking (not another statement).
  const sameAct = ask.matches.filter(
    (m) => COLLECTIVE_ACTS.has(m.rel) || (m.label !== undefined && m.label === ownLabel(ask)),
  );
  const members = possibleMembers(ctx, [
    ask.answer,
    ...sameAct.map(pick).filter((s): s is string => !!s && !near.has(s)),
  ]);
  // A person who did what a whole group did (signed the employees' letter): any other person
  // who could have is one of the group, and one who could not is no fair choice.
  if (members.size > 0 && ctx.index.entities.get(ask.answer)?.kind === "person") {
    return "a group among the true answers leaves no person the facts prove wrong";
  }
  const exclude = new Set([...trueIds, ...members, ...ask.named.filter((s): s is string => !!s)]);
  const candidates = entityDistractors(ctx, {
    answer: ask.answer,
    peers: [peerKey(ask.event.type, ask.slot)],
    exclude,
    forbidden,
    text: fold(statedEvent(ctx, ask.event)),
    // « Qui » fits a person, a group or a company; « Quelle organisation » only an organisation.
    sameKind:
      ask.slot === "target" &&
      !ctx.phrase.grammar.interrogatives[ctx.index.entities.get(ask.answer)!.kind].person,
    fits: (id) => canPlay(ctx, ask.event, ask.slot, id, ask.answer),
    rng,
  });
  for (const c of candidates) if (near.has(c.value)) c.tier = -1;
  // « Qui a été nommée directrice générale ? »: a man offered for a woman's post is no choice at
  // all, so only people of the post's gender are offered where there are enough of them (and the
  // participle then agrees).
  const post =
    ask.slot === "target" && ask.event.role
      ? ctx.phrase.grammar.postGender(ask.event.role)
      : undefined;
  const samePost = post
    ? candidates.filter((c) => ctx.index.entities.get(c.value)?.gender === post)
    : [];
  const offered = samePost.length >= DISTRACTORS ? samePost : candidates;
  const picked = pickTiered(offered, { rng, difficulty, count: DISTRACTORS, key: (x) => x });
  if (picked.length < 2) return "fewer than two distractors of the same kind";
  const answer = ctx.phrase.name(ask.answer)!;
  let prompt = ask.prompt(
    sharedFeatures([answer, ...picked.map((p) => ctx.phrase.name(p.value)!)]),
  );
  if (!prompt) return "no question form for this event";
  if (others.length > 0) prompt = amongThese(prompt, ctx.lang);
  const alsoTrue = [...new Set(others.map((m) => m.fact))]
    .map((id) => ctx.index.events.get(id))
    // What else is true, as far as the facts date it: an undated event only may be.
    .filter((e): e is FactEvent => !!e && e.id !== ask.event.id && eventSayable(ctx.phrase, e))
    .filter((e) => e.date !== undefined || ask.event.date === undefined)
    .map((e) => statedEvent(ctx, e));
  const question = singleChoice(
    {
      id: ask.id,
      kind: ask.kind,
      facts: [ask.event.id],
      sources: ask.event.sources,
      prompt,
      answer: { text: asChoice(answer) },
      distractors: picked.map((p) => {
        const feedback = entityFeedback(ctx, p.value, ask.event.type, ask.slot);
        return { text: asChoice(ctx.phrase.name(p.value)!), ...(feedback ? { feedback } : {}) };
      }),
      explanation: explain([...(ask.explanation ?? [statedEvent(ctx, ask.event)]), ...alsoTrue]),
      difficulty: difficultyOf(picked),
      ...(ask.event.evidence ? { evidence: ask.event.evidence } : {}),
    },
    rng,
  );
  return {
    question,
    answer: { fact: ask.event.id, field: ask.field, value: ask.answer },
    forbidden,
    giveaways: [...(ctx.index.names.get(ask.answer) ?? [])],
  };
}
