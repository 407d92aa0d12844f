/** The search's own state: the query typed, the result under the cursor, a notice. */
export interface SearchState {
  query: string;
  cursor: number;
  notice?: "search.nothing-to-ask";
}

/** What the reader can do in the search. */
export type SearchAction =
  | { type: "type"; text: string }
  | { type: "erase" }
  /** ↑↓ PgUp PgDn over the `count` results found. */
  | { type: "move"; delta: number; count: number }
  /** Enter on a result no question asks about. */
  | { type: "nothing-to-ask" };

export const INITIAL_SEARCH: SearchState = { query: "", cursor: 0 };

/** The search state after an action; typing or erasing goes back to the best match. */
export function searchReducer(state: SearchState, action: SearchAction): SearchState {
  switch (action.type) {
    case "type":
      return { query: state.query + action.text, cursor: 0 };
    case "erase":
      return { query: [...state.query].slice(0, -1).join(""), cursor: 0 };
    case "move": {
      const last = Math.max(0, action.count - 1);
      const from = Math.min(state.cursor, last);
      return {
        ...state,
        notice: undefined,
        cursor: Math.min(last, Math.max(0, from + action.delta)),
      };
    }
    case "nothing-to-ask":
      return { ...state, notice: "search.nothing-to-ask" };
  }
}
