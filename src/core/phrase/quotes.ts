import type { Quote } from "../facts/model.js";
import type { Phrasing } from "../languages/phrasing-types.js";
import { capitalize } from "../text/capitalize.js";
import type { PhraseContext } from "./context.js";
import { dateAdverb } from "./event-sentence.js";
import { nestedQuote } from "./nested-quote.js";
import { endSentence, quoted, word } from "./words.js";

/** Where a quote was said (« sur X »), in the language being written; "" when unknown there. */
export function quoteContext(ctx: PhraseContext, quote: Quote): string {
  return ctx.text(quote, "context") ?? "";
}

/** True when the quote can be told in this language: its words and its speaker's name. */
export function quoteSayable(ctx: PhraseContext, quote: Quote): boolean {
  const speaker = ctx.name(quote.speaker);
  return (
    quoteWords(ctx, quote) !== undefined &&
    !!speaker &&
    !speaker.foreign &&
    !nestedQuote(ctx.index, quote)
  );
}

/**
 * True when the words were cut out of a longer sentence and say nothing by themselves: they
 * start in lower case and have no subject (« n'a pas toujours été franc… », « l'opportunité
 * d'une vie »). Such words can be asked as "who said", never offered as what someone said.
 */
export function isFragment(words: string, grammar: Phrasing): boolean {
  const first = words.trim().charAt(0);
  const lower = first !== first.toLocaleUpperCase() && first === first.toLocaleLowerCase();
  return lower && !grammar.quoteSubject.test(words);
}

/** True when one person speaks (« je », "I"): no board, staff or company said those words. */
export function firstPersonSingular(words: string, grammar: Phrasing): boolean {
  return grammar.firstSingular.test(words);
}

/** The quoted words in the language being written, or undefined when the pack gives none. */
export function quoteWords(ctx: PhraseContext, quote: Quote): string | undefined {
  return ctx.text(quote, "text");
}

/** « Sam Altman a déclaré « La mission continue » sur X le lundi 20 novembre 2023. » */
export function quoteSentence(ctx: PhraseContext, quote: Quote, speaker = quote.speaker): string {
  const who = ctx.name(speaker)?.text ?? speaker;
  const plural = ctx.name(speaker)?.plural === true;
  const words = quoteWords(ctx, quote) ?? quote.text;
  const verb = isFragment(words, ctx.grammar)
    ? word(ctx.lang, plural ? "usedPlural" : "used")
    : ctx.grammar.declared(plural);
  const where = quoteContext(ctx, quote);
  const when = quote.date ? dateAdverb(ctx, quote.date) : "";
  return endSentence(
    capitalize([who, verb, quoted(words, ctx.lang), where, when].filter(Boolean).join(" ")),
  );
}
