import { Rating, State } from "ts-fsrs";
import type { Difficulty } from "../question/model.js";
import type { Memory } from "./schedule.js";

/** How hard a fact is asked: multiple choice, multiple choice with hard distractors, typed answer. */
export type AskLevel = "choice" | "hard-choice" | "typed";

/** From easiest to hardest. */
export const ASK_LEVELS: readonly AskLevel[] = ["choice", "hard-choice", "typed"];

/**
 * FSRS stability, in days, from which a fact is asked with hard distractors, then typed. A fact
 * that holds a week has outgrown easy distractors (recognising it among unlikely answers says
 * little); one that holds a month can be recalled with no choices at all.
 */
export const HARD_FROM_DAYS = 7;
export const TYPED_FROM_DAYS = 30;

/** How to ask about an item: its level, and what to ask the question generator for. */
export interface Ask {
  level: AskLevel;
  difficulty: Difficulty;
  /** A typed answer (short text or a number) rather than choices. */
  typed: boolean;
}

/**
 * The level to ask an item at, as its memory grows: new, being (re)learnt or just missed,
 * multiple choice; then hard distractors; then a typed answer. `allowed` lists the levels the
 * pack can ask this item at (a fact no question types in stays at choices): the hardest allowed
 * level not above the memory's is chosen, else the easiest allowed one.
 */
export function askLevel(
  memory: Memory | undefined,
  allowed: readonly AskLevel[] = ASK_LEVELS,
): Ask {
  const target = targetLevel(memory);
  const rank = ASK_LEVELS.indexOf(target);
  const ok = ASK_LEVELS.filter((l) => allowed.includes(l));
  const level = ok.filter((l) => ASK_LEVELS.indexOf(l) <= rank).pop() ?? ok[0] ?? target;
  return { level, difficulty: level === "choice" ? "easy" : "hard", typed: level === "typed" };
}

function targetLevel(memory: Memory | undefined): AskLevel {
  if (!memory || memory.card.state !== State.Review || memory.lastGrade === Rating.Again) {
    return "choice";
  }
  if (memory.card.stability >= TYPED_FROM_DAYS) return "typed";
  if (memory.card.stability >= HARD_FROM_DAYS) return "hard-choice";
  return "choice";
}
