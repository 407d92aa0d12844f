/** The home screen's own state: the filter typed, whether it is being typed, the selected row. */
export interface HomeState {
  query: string;
  cursor: number;
  /** `/` opened the filter: letters are typed into it until Esc (or Enter opens a pack). */
  filtering: boolean;
}

/** What the reader can do on the home screen. */
export type HomeAction =
  | { type: "type"; text: string }
  | { type: "erase" }
  | { type: "filter" }
  /** Esc in the filter: it is cleared and closed. */
  | { type: "clear" }
  | { type: "move"; delta: number; count: number };

/** The home state after an action; typing or erasing puts the cursor back on the best match. */
export function homeReducer(state: HomeState, action: HomeAction): HomeState {
  switch (action.type) {
    case "type":
      return { ...state, query: state.query + action.text, cursor: 0 };
    case "erase":
      return { ...state, query: [...state.query].slice(0, -1).join(""), cursor: 0 };
    case "filter":
      return { ...state, filtering: true };
    case "clear":
      return { query: "", cursor: 0, filtering: false };
    case "move":
      return {
        ...state,
        cursor: Math.min(Math.max(0, action.count - 1), Math.max(0, state.cursor + action.delta)),
      };
  }
}
