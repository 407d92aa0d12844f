import type { Period } from "../facts/dates.js";
import type { FactRef } from "../facts/fact-index.js";
import type { Claim, FactEvent, Quote } from "../facts/model.js";
import { claimSayable, claimSentence } from "../phrase/claims.js";
import { dateAdverb, eventSentence } from "../phrase/event-sentence.js";
import { quoteSayable, quoteSentence } from "../phrase/quotes.js";
import { word } from "../phrase/words.js";
import type { Question } from "../question/model.js";
import { hashText, type Random } from "../random.js";
import { fold } from "../text/fold.js";
import { type GenContext, peerKey } from "./context.js";
import { dateDistractors } from "./distractors/dates.js";
import { entityDistractors } from "./distractors/entities.js";
import { numberDistractors } from "./distractors/numbers.js";
import { pickTiered, type Tiered } from "./distractors/pick.js";
import type { AnswerClaim, Built, Draft } from "./draft.js";
import { askable, statedEvent, templated } from "./event-forms.js";
import { canPlay } from "./fits.js";
import { kinValues } from "./kin.js";
import { canSay } from "./quote.js";
import { KIND_WEIGHT } from "./rank.js";

/** A statement to judge, true as the facts state it or false in one detail. */
interface Statement {
  text: string;
  truth: boolean;
  near: boolean;
}

/**
 * « Vrai ou faux ? … »: a fact stated as it is, or altered in one detail (another actor,
 * another date, another figure, another speaker) that the facts make false. Whether a fact is
 * shown true or altered follows from its id, so a question keeps its id and its answer across
 * runs, and about half of them are false.
 */
export function trueFalseDrafts(ctx: GenContext, facts: readonly FactRef[]): Draft[] {
  const drafts: Draft[] = [];
  for (const ref of facts) {
    if (ref.kind === "event" && !askable(ctx, ref.fact)) continue;
    if (ref.kind === "claim" && !claimSayable(ctx.phrase, ref.fact)) continue;
    if (ref.kind === "quote" && !quoteSayable(ctx.phrase, ref.fact)) continue;
    const id = `${ref.fact.id}.true-false`;
    const altered = Number.parseInt(hashText(ref.fact.id), 36) % 2 === 1;
    drafts.push({
      id,
      kind: "true-false",
      facts: [ref.fact.id],
      sources: ref.fact.sources,
      score: ctx.salience(ref) + KIND_WEIGHT["true-false"],
      key: `true-false|${ref.fact.id}`,
      build({ rng, difficulty }) {
        const truthful = trueStatement(ctx, ref);
        const statement =
          (altered && falseStatement(ctx, ref, rng, difficulty === "hard")) || truthful;
        const question: Question = {
          id,
          type: "truefalse",
          kind: "true-false",
          prompt: `${word(ctx.lang, "trueOrFalse")} ${statement.text}`,
          answer: statement.truth,
          explanation: `${word(ctx.lang, statement.truth ? "true" : "false")}${word(ctx.lang, "colon")}${truthful.text}`,
          sources: ref.fact.sources,
          facts: [ref.fact.id],
          tags: [],
          difficulty: statement.near ? "hard" : "easy",
        };
        return {
          question,
          answer: claimOf(ref),
          forbidden: new Set(),
          giveaways: [],
        } satisfies Built;
      },
    });
  }
  return drafts;
}

function trueStatement(ctx: GenContext, ref: FactRef): Statement {
  const text =
    ref.kind === "event"
      ? statedEvent(ctx, ref.fact)
      : ref.kind === "claim"
        ? claimSentence(ctx.phrase, ref.fact, attributedClaim(ctx, ref.fact))
        : quoteSentence(ctx.phrase, ref.fact);
  return { text, truth: true, near: false };
}

/** Said with its source when sources disagree, when it is a bound, or when a kin claim differs. */
function attributedClaim(ctx: GenContext, claim: Claim): boolean {
  return (
    ctx.index.conflictOf.has(claim.id) ||
    !["exactly", "about"].includes(claim.qualifier) ||
    kinValues(ctx, claim).size > 0
  );
}

function falseStatement(
  ctx: GenContext,
  ref: FactRef,
  rng: Random,
  hard: boolean,
): Statement | undefined {
  const choose = <T>(c: Tiered<T>[]) =>
    pickTiered(c, { rng, difficulty: hard ? "hard" : undefined, count: 1, key: String })[0];
  const falsely = (text: string, pick: Tiered<unknown>) => ({
    text,
    truth: false,
    near: pick.tier <= 0,
  });
  if (ref.kind === "quote") {
    const pick = choose(otherSpeakers(ctx, ref.fact, rng));
    return pick && falsely(quoteSentence(ctx.phrase, ref.fact, pick.value), pick);
  }
  if (ref.kind === "claim") {
    const claim = ref.fact;
    const others = (ctx.index.conflictOf.get(claim.id)?.claims ?? [])
      .filter((id) => id !== claim.id)
      .map((id) => ctx.index.claims.get(id)!);
    const { qualifier, side } = contradicting(claim);
    const kin = kinValues(ctx, claim);
    const pick = choose(
      numberDistractors(ctx, claim, others, rng, side).filter((d) => !kin.has(d.value)),
    );
    if (!pick) return undefined;
    const wrong: Claim = { ...claim, qualifier, value: pick.value };
    return falsely(claimSentence(ctx.phrase, wrong, attributedClaim(ctx, claim)), pick);
  }
  const event = ref.fact;
  if (templated(event) && event.actor) {
    const matches = ctx.truth.matching({
      rel: event.type,
      ...(event.target ? { obj: event.target } : {}),
      ...(event.date ? { date: event.date } : {}),
      ...(event.until ? { until: event.until } : {}),
    });
    const exclude = new Set(matches.map((m) => m.subj).filter((s): s is string => !!s));
    for (const s of [event.target, event.org]) if (s) exclude.add(s);
    const pick = choose(
      entityDistractors(ctx, {
        answer: event.actor,
        peers: [peerKey(event.type, "actor")],
        exclude,
        forbidden: new Set(),
        fits: (id) => canPlay(ctx, event, "actor", id, event.actor!),
        rng,
      }),
    );
    if (pick) return falsely(statedEvent(ctx, { ...event, actor: pick.value }), pick);
  }
  // A span is told as a span; a day inside it is never claimed, true or false.
  if (!event.date || event.until) return undefined;
  const text = ctx.phrase.text(event, "text");
  if (text?.includes(event.date.slice(0, 4))) return undefined;
  // The author's sentence may tell of other days too: none of those is a false date.
  const sameText = event.text ? (ctx.pools.texts.get(fold(event.text)) ?? []) : [];
  const periods: Period[] = [
    ...ctx.truth.matching({
      rel: event.type,
      ...(event.actor ? { subj: event.actor } : {}),
      ...(event.target ? { obj: event.target } : {}),
    }),
    ...sameText,
  ].filter((m) => !!m.date);
  const involved = event.type === "founding" ? [] : [event.actor, event.target, event.org];
  const pick = choose(
    dateDistractors(ctx, event, periods, rng, ctx.bounds(event.sources, involved)),
  );
  if (!pick) return undefined;
  const dateText = dateAdverb(ctx.phrase, pick.value.date!);
  return falsely(eventSentence(ctx.phrase, event, { date: "lead", dateText }), pick);
}

/**
 * The claim a false figure is written in: a bound turns around (« plus de 500 » becomes
 * « moins de … »), so that the false statement contradicts the fact instead of being vaguer.
 */
function contradicting(claim: Claim): { qualifier: Claim["qualifier"]; side?: "above" | "below" } {
  if (claim.qualifier === "more-than" || claim.qualifier === "at-least") {
    return { qualifier: "less-than", side: "below" };
  }
  if (claim.qualifier === "less-than" || claim.qualifier === "at-most") {
    return { qualifier: "more-than", side: "above" };
  }
  return { qualifier: claim.qualifier };
}

function otherSpeakers(ctx: GenContext, quote: Quote, rng: Random): Tiered<string>[] {
  const same = ctx.index.pack.quotes.filter((q) => q.text === quote.text).map((q) => q.speaker);
  return entityDistractors(ctx, {
    answer: quote.speaker,
    peers: ["quote|speaker"],
    exclude: new Set(same),
    forbidden: new Set(),
    fits: (id) => canSay(ctx, quote, id),
    rng,
  });
}

function claimOf(ref: FactRef): AnswerClaim {
  if (ref.kind === "claim") return { fact: ref.fact.id, field: "value", value: ref.fact.value };
  if (ref.kind === "quote") return { fact: ref.fact.id, field: "speaker", value: ref.fact.speaker };
  const event: FactEvent = ref.fact;
  if (event.actor) return { fact: event.id, field: "actor", value: event.actor };
  if (event.date) return { fact: event.id, field: "date", value: event.date };
  return { fact: event.id, field: "type", value: event.type };
}
