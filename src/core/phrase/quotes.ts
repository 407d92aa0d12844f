import type { Quote } from "../facts/model.js";
import { capitalize } from "../i18n/french.js";
import type { PhraseContext } from "./context.js";
import { dateAdverb } from "./event-sentence.js";
import { endSentence, quoted } from "./words.js";

/** Where a quote was said (« sur X »), in the pack's language only. */
export function quoteContext(ctx: PhraseContext, quote: Quote): string {
  return ctx.native && quote.context ? quote.context : "";
}

/** « Sam Altman a déclaré « La mission continue » sur X le lundi 20 novembre 2023. » */
export function quoteSentence(ctx: PhraseContext, quote: Quote, speaker = quote.speaker): string {
  const who = ctx.name(speaker)?.text ?? speaker;
  const verb =
    ctx.lang === "fr" ? (ctx.name(speaker)?.plural ? "ont déclaré" : "a déclaré") : "said";
  const where = quoteContext(ctx, quote);
  const when = quote.date ? dateAdverb(ctx, quote.date) : "";
  return endSentence(
    capitalize([who, verb, quoted(quote.text, ctx.lang), where, when].filter(Boolean).join(" ")),
  );
}
