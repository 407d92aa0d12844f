import type { ClozeResponse } from "../question/types/cloze/index.js";

/**
 * What the reader answered, one shape per question type. Indices always point into the question
 * as the pack holds it (not the shuffled display order), so that a response means the same thing
 * whatever the seed.
 */
export type Response =
  | { type: "single"; choice: number }
  | { type: "multiple"; choices: number[] }
  | { type: "truefalse"; value: boolean }
  | { type: "numeric"; value: number }
  | { type: "short"; text: string }
  /** For each pair (left), the right-hand text the reader matched it with, or null if none. */
  | { type: "matching"; rights: (string | null)[] }
  /** The item indices in the order the reader put them. */
  | { type: "ordering"; order: number[] }
  | { type: "essay"; text: string }
  | ClozeResponse;

/** How sure the reader said they were, in certainty mode. */
export type { Certainty } from "./answer-record.js";
