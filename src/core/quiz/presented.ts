// How a question is shown, for any question type: apart from presentation.ts (which asks every
// type) so that the types themselves can name it.

/** The pack a question comes from, when a quiz mixes packs (a review). */
export interface QuestionOrigin {
  pack: string;
  packHash: string;
}

/** A question as it is shown: the question plus the display order of what the reader picks. */
export interface PresentedAs<Q> {
  question: Q;
  /** Its own pack, in a review across packs; the session's otherwise. */
  origin?: QuestionOrigin;
  /** single, multiple: indices into `question.choices`, in display order. */
  choiceOrder: number[];
  /** matching: the right-hand texts offered, once each, in display order. */
  rights: string[];
  /** matching: indices of the pairs that have a left side, in display order. */
  lefts: number[];
  /** ordering: indices into `question.items`, in the order they start in (never the right one). */
  itemOrder: number[];
  /** cloze: for each blank, indices into its choices in display order ([] for typed blanks). */
  blankOrders?: number[][];
}
