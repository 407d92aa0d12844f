import type { Pack } from "../facts/model.js";

/**
 * Extracted facts below this confidence are kept in the pack for a person to review, but no
 * question or summary sentence may be made from them: a wrong question is worse than a missing
 * one. A confidence is the measured precision of the fact's rule family on the development
 * corpus (calibration.json); at this threshold the corpus's facts are right more than nine times
 * in ten, for events, figures and quotes each, in sample; held out, events fall to 0.86
 * (`npm run eval`, docs/extraction.md).
 */
export const QUESTION_CONFIDENCE_THRESHOLD = 0.7;

/**
 * True when an extracted fact is sure enough to ask about; facts written by hand always are, and
 * so are those a person accepted or edited (`review`); a rejected one never is.
 */
export function isQuestionable(fact: {
  extracted?: boolean;
  confidence?: number;
  review?: string;
}): boolean {
  if (!fact.extracted || fact.review === "accepted" || fact.review === "edited") return true;
  if (fact.review === "rejected") return false;
  return (fact.confidence ?? 0) >= QUESTION_CONFIDENCE_THRESHOLD;
}

/** The pack with only the facts sure enough to tell: what summaries are written from. */
export function questionableFacts(pack: Pack): Pack {
  return {
    ...pack,
    events: pack.events.filter(isQuestionable),
    claims: pack.claims.filter(isQuestionable),
    quotes: pack.quotes.filter(isQuestionable),
  };
}
