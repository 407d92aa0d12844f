/**
 * What the reader answered, one shape per question type. Indices always point into the question
 * as the pack holds it (not the shuffled display order), so that a response means the same thing
 * whatever the seed.
 */
export type { Response } from "../question/types/index.js";

/** How sure the reader said they were, in certainty mode. */
export type { Certainty } from "./answer-record.js";
