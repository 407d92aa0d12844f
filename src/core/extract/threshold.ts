/**
 * Extracted facts below this confidence are kept in the pack for a person to review, but no
 * question may be generated from them: a wrong question is worse than a missing one. Chosen on the
 * seed pages so that facts above it are right at least nine times in ten (`npm run eval`).
 */
export const QUESTION_CONFIDENCE_THRESHOLD = 0.6;

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
