/** An optional text converted by `toText` (an HTML question shown as text); absent stays absent. */
export function maybeText(
  text: string | undefined,
  toText: (html: string) => string,
): string | undefined {
  return text === undefined ? undefined : toText(text);
}

/** A question with its feedback for a wrong answer converted: the `asText` hook of typed answers. */
export function feedbackWrongAsText<Q extends { feedbackWrong?: string }>(
  q: Q,
  toText: (html: string) => string,
): Q {
  return { ...q, feedbackWrong: maybeText(q.feedbackWrong, toText) };
}
