import type { Difficulty } from "../../../core/question/model.js";
import { PACK_TABS } from "./pack-lines.js";

/** The pack screen's state: the section read, how far down, and the quiz being set up. */
export interface PackState {
  tab: number;
  scroll: number;
  /** Index into the count options. */
  count: number;
  difficulty: Difficulty | undefined;
  certainty: boolean;
}

/** What the reader can do on the pack screen. */
export type PackAction =
  | { type: "tab"; delta: number }
  | { type: "scroll"; delta: number; max: number }
  | { type: "count"; options: number }
  | { type: "difficulty" }
  | { type: "certainty" };

const DIFFICULTIES: (Difficulty | undefined)[] = [undefined, "easy", "hard"];

/** The pack state after an action. */
export function packReducer(state: PackState, action: PackAction): PackState {
  switch (action.type) {
    case "tab": {
      const n = PACK_TABS.length;
      return { ...state, tab: (state.tab + action.delta + n) % n, scroll: 0 };
    }
    case "scroll":
      return { ...state, scroll: Math.min(action.max, Math.max(0, state.scroll + action.delta)) };
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
