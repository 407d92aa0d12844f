// The languages newsquiz writes and reads, apart from the pack model: the question types and the
// string catalogues need the name without depending on the pack's schema (which holds them).

/** The languages of packs, quizzes and screens. */
export const LANGUAGES = ["fr", "en"] as const;

/** A language newsquiz speaks. */
export type Language = (typeof LANGUAGES)[number];
