import type { Quote } from "../facts/model.js";
import { entitiesNamedIn } from "../facts/named-in.js";
import { dateAdverb } from "../phrase/event-sentence.js";
import { asChoice } from "../phrase/names.js";
import {
  firstPersonSingular,
  isFragment,
  quoteContext,
  quoteSayable,
  quoteSentence,
  quoteWords,
} from "../phrase/quotes.js";
import { quoted, word } from "../phrase/words.js";
import type { Question } from "../question/model.js";
import type { Random } from "../random.js";
import { capitalize } from "../text/capitalize.js";
import { fold } from "../text/fold.js";
import { mentions } from "../text/mentions.js";
import type { GenContext } from "./context.js";
import { peerKey } from "./context.js";
import { entityDistractors } from "./distractors/entities.js";
import { difficultyOf, pickTiered, sample, type Tiered } from "./distractors/pick.js";
import type { BuildOptions, Built, Draft } from "./draft.js";
import { sameBody } from "./fits.js";
import { KIND_WEIGHT } from "./rank.js";
import { explain, singleChoice } from "./single.js";

/** « Qui a déclaré « La mission continue » … ? » and « Qu'a déclaré Sam Altman … ? » */
export function quoteDrafts(ctx: GenContext, quotes: readonly Quote[]): Draft[] {
  const byText = new Map<string, Quote[]>();
  const sayable = quotes.filter((q) => quoteSayable(ctx.phrase, q));
  for (const q of ctx.index.pack.quotes) {
    const key = fold(q.text);
    const list = byText.get(key);
    if (list) list.push(q);
    else byText.set(key, [q]);
  }
  const drafts: Draft[] = [];
  for (const quote of sayable) {
    const score = ctx.salience({ kind: "quote", fact: quote }) + KIND_WEIGHT.quote;
    // Words cut out of a sentence are asked as "who said", never offered as what was said.
    const fragment = isFragment(quoteWords(ctx.phrase, quote)!, ctx.phrase.grammar);
    for (const variant of fragment ? (["who"] as const) : (["who", "what"] as const)) {
      const id = variant === "who" ? `${quote.id}.quote` : `${quote.id}.quote.what`;
      drafts.push({
        id,
        kind: "quote",
        facts: [quote.id],
        sources: quote.sources,
        score: score - (variant === "what" ? 0.2 : 0),
        // What the prompt says, so that two quotes that would read the same are asked once.
        key:
          variant === "who"
            ? `quote|${fold(quote.text)}|${fold(quote.context ?? "")}|${quote.date ?? ""}`
            : `quote-what|${quote.speaker}|${fold(quoteContext(ctx.phrase, quote))}|${quote.date ?? ""}`,
        build: (options) =>
          variant === "who"
            ? whoSaid(ctx, quote, id, byText, options)
            : whatSaid(ctx, quote, id, options),
      });
    }
  }
  return drafts;
}

/**
 * True when `candidate` could have said the quote: never a news outlet unless the speaker is one,
 * never the company whose board spoke, and only a person when one person speaks (« je »).
 */
export function canSay(ctx: GenContext, quote: Quote, candidate: string): boolean {
  if (ctx.outlets.has(candidate) && !ctx.outlets.has(quote.speaker)) return false;
  // A board speaks for its company: « Vega a déclaré » is not plainly false of its board's words.
  if (sameBody(ctx, candidate, quote.speaker)) return false;
  const words = quoteWords(ctx.phrase, quote) ?? quote.text;
  return (
    !firstPersonSingular(words, ctx.phrase.grammar) ||
    ctx.index.entities.get(candidate)?.kind === "person"
  );
}

/** « sur X le lundi 20 novembre 2023 »: where and when, as the prompt adds them. */
function circumstances(ctx: GenContext, quote: Quote): string {
  const where = quoteContext(ctx.phrase, quote);
  const when = quote.date ? dateAdverb(ctx.phrase, quote.date) : "";
  return [where, when].filter(Boolean).join(" ");
}

function whoSaid(
  ctx: GenContext,
  quote: Quote,
  id: string,
  byText: Map<string, Quote[]>,
  { rng, difficulty }: BuildOptions,
): Built | string {
  // The same words said by someone else make that speaker a second true answer.
  const speakers = new Set((byText.get(fold(quote.text)) ?? []).map((q) => q.speaker));
  speakers.delete(quote.speaker);
  const forbidden = new Set<string>();
  for (const s of [quote.speaker, ...speakers])
    for (const n of ctx.index.names.get(s) ?? []) forbidden.add(n);
  const candidates = entityDistractors(ctx, {
    answer: quote.speaker,
    peers: ["quote|speaker", peerKey("statement", "actor")],
    exclude: speakers,
    forbidden,
    text: fold(`${quoteWords(ctx.phrase, quote)} ${quoteContext(ctx.phrase, quote)}`),
    fits: (id) => canSay(ctx, quote, id),
    rng,
  });
  const picked = pickTiered(candidates, { rng, difficulty, count: 3, key: (x) => x });
  if (picked.length < 2) return "fewer than two distractors of the same kind";
  const rest = circumstances(ctx, quote);
  const words = quoteWords(ctx.phrase, quote)!;
  const asked = isFragment(words, ctx.phrase.grammar) ? "whoUsed" : "whoSaid";
  const prompt = `${word(ctx.lang, asked)} ${quoted(words, ctx.lang)}${rest ? ` ${rest}` : ""}${word(ctx.lang, "question")}`;
  const show = (speakerId: string) => asChoice(ctx.phrase.name(speakerId)!);
  return {
    question: quoteQuestion(ctx, quote, id, prompt, show(quote.speaker), picked, show, rng),
    answer: { fact: quote.id, field: "speaker", value: quote.speaker },
    forbidden,
    giveaways: [...(ctx.index.names.get(quote.speaker) ?? [])],
  };
}

function whatSaid(
  ctx: GenContext,
  quote: Quote,
  id: string,
  { rng, difficulty }: BuildOptions,
): Built | string {
  const speaker = ctx.phrase.name(quote.speaker);
  if (!speaker) return "unknown speaker";
  const wordsOf = (q: Quote) => quoteWords(ctx.phrase, q);
  const own = new Set(
    ctx.index.pack.quotes
      .filter((q) => q.speaker === quote.speaker)
      .map((q) => fold(wordsOf(q) ?? q.text)),
  );
  // A board or a staff does not say « je »: its wrong choices are words it could have said.
  const one = ctx.index.entities.get(quote.speaker)?.kind === "person";
  const candidates: Tiered<string>[] = [];
  for (const q of sample(ctx.index.pack.quotes, 32, rng)) {
    const words = wordsOf(q);
    if (!words || isFragment(words, ctx.phrase.grammar)) continue;
    if (!one && firstPersonSingular(words, ctx.phrase.grammar)) continue;
    const t = fold(words);
    if (own.has(t) || [...own].some((o) => o.includes(t) || t.includes(o))) continue;
    if ([...(ctx.index.names.get(quote.speaker) ?? [])].some((n) => mentions(t, n))) continue;
    // Words about the company a board speaks for are not its board's words: « notre partenariat
    // avec OpenAI » is no wrong answer for what OpenAI's board said.
    const about = entitiesNamedIn(ctx.index, words);
    if ([...about].some((id) => sameBody(ctx, id, quote.speaker))) continue;
    candidates.push({ value: words, tier: q.date && q.date === quote.date ? 0 : 2, own: true });
  }
  const picked = pickTiered(candidates, { rng, difficulty, count: 3, key: fold });
  if (picked.length < 2) return "fewer than two other quotes to offer";
  const rest = circumstances(ctx, quote);
  const prompt = ctx.phrase.grammar.whatSaid(speaker, rest);
  const show = (t: string) => quoted(capitalize(t), ctx.lang);
  return {
    question: quoteQuestion(ctx, quote, id, prompt, show(wordsOf(quote)!), picked, show, rng),
    answer: { fact: quote.id, field: "text", value: quote.text },
    forbidden: new Set([...own].map((t) => fold(show(t)))),
    giveaways: [fold(wordsOf(quote)!)],
  };
}

/** A question on a quote: the answer and the picked wrong ones shown by `show`, explained by the quote. */
function quoteQuestion(
  ctx: GenContext,
  quote: Quote,
  id: string,
  prompt: string,
  answer: string,
  picked: readonly Tiered<string>[],
  show: (value: string) => string,
  rng: Random,
): Question {
  return singleChoice(
    {
      id,
      kind: "quote",
      facts: [quote.id],
      sources: quote.sources,
      prompt,
      answer: { text: answer },
      distractors: picked.map((p) => ({ text: show(p.value) })),
      explanation: explain([quoteSentence(ctx.phrase, quote)]),
      difficulty: difficultyOf(picked),
    },
    rng,
  );
}
