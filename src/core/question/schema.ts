import { z } from "zod";
import { QUESTION_SCHEMAS } from "./types/index.js";

/** A hand-written question of any answer type (each type's schema is in its folder). */
export const questionSchema = z
  .discriminatedUnion("type", QUESTION_SCHEMAS)
  .describe("A hand-written question");
