import type { Difficulty } from "../../../core/question/model.js";
import { DEFAULT_QUIZ_LENGTH } from "../../../core/quiz/length.js";
import { countOptions, PACK_TABS } from "./pack-lines.js";

/** The pack screen's state: the section read, and the quiz being set up. */
export interface PackState {
  tab: number;
  /** Index into the count options. */
  count: number;
  difficulty: Difficulty | undefined;
  certainty: boolean;
}

/** What the reader can do on the pack screen (scrolling is the shared scroll's, use-scroll.ts). */
export type PackAction =
  | { type: "tab"; delta: number }
  | { type: "count"; options: number }
  | { type: "difficulty" }
  | { type: "certainty" };

const DIFFICULTIES: (Difficulty | undefined)[] = [undefined, "easy", "hard"];

/**
 * The pack screen as it opens: the first section, a quiz of the usual length (or of every
 * question, when the pack has fewer), mixed difficulty, certainty as the reader's setting says.
 */
export function initialPackState(available: number, certainty: boolean): PackState {
  const options = countOptions(available);
  const count = Math.max(0, options.indexOf(Math.min(DEFAULT_QUIZ_LENGTH, available)));
  return { tab: 0, count, difficulty: undefined, certainty };
}

/** The pack state after an action. */
export function packReducer(state: PackState, action: PackAction): PackState {
  switch (action.type) {
    case "tab": {
      const n = PACK_TABS.length;
      return { ...state, tab: (state.tab + action.delta + n) % n };
    }
    case "count":
      return { ...state, count: (state.count + 1) % Math.max(1, action.options) };
    case "difficulty": {
      const i = DIFFICULTIES.indexOf(state.difficulty);
      return { ...state, difficulty: DIFFICULTIES[(i + 1) % DIFFICULTIES.length] };
    }
    case "certainty":
      return { ...state, certainty: !state.certainty };
  }
}
