/** Why the reader flagged a question with `f`. */
export type FlagReason = "wrong" | "unclear";
