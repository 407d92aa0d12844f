import { type FactRef, indexFacts } from "../facts/fact-index.js";
import type { Language, Pack, Review } from "../facts/model.js";
import { sourceName } from "../facts/sources.js";
import { formatDate } from "../i18n/format.js";
import { percent } from "../i18n/number.js";
import { claimSentence } from "../phrase/claims.js";
import { phraseContext } from "../phrase/context.js";
import { eventSentence } from "../phrase/event-sentence.js";
import { quoteSentence } from "../phrase/quotes.js";
import { highlightEvidence, type Segment } from "./highlight.js";

/** What a person sees of a fact to review, in either face. */
export interface FactCard {
  kind: FactRef["kind"];
  /** The fact as the quiz will state it. */
  sentence: string;
  /** The sentence it was read from, the words it was read from marked; absent when none was kept. */
  evidence?: Segment[];
  /** The sources that state it, by name. */
  sources: string;
  /** Its date in words, if it has one. */
  date?: string;
  /** The extractor's confidence, as "80 %" / "80%". */
  confidence?: string;
  review?: Review;
}

/** The card of a fact (as this session has it: corrected, when it was edited). */
export function factCard(
  pack: Pack,
  ref: FactRef,
  lang: Language,
  review: Review | undefined,
): FactCard {
  // The reviewer checks every word read: what the pack gives in no words of `lang` is quoted.
  const ctx = phraseContext(indexFacts(pack), lang, { quoteForeign: true });
  const { fact } = ref;
  const sentence =
    ref.kind === "event"
      ? eventSentence(ctx, ref.fact, { date: "lead" })
      : ref.kind === "claim"
        ? claimSentence(ctx, ref.fact, false)
        : quoteSentence(ctx, ref.fact);
  const byId = new Map(pack.sources.map((s) => [s.id, s]));
  const sources = fact.sources
    .map((id) => {
      const source = byId.get(id);
      return source ? sourceName(source, lang) : id;
    })
    .join(", ");
  return {
    kind: ref.kind,
    sentence,
    ...(fact.evidence ? { evidence: highlightEvidence(pack, ref, fact.evidence) } : {}),
    sources,
    ...(fact.date ? { date: formatDate(fact.date, lang, { weekday: true }) } : {}),
    ...(fact.confidence !== undefined ? { confidence: percent(fact.confidence, lang) } : {}),
    ...(review ? { review } : {}),
  };
}
