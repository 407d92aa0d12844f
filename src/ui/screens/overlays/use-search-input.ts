import { commandOf, scrollDelta, typedText } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import type { SearchAction } from "./search-state.js";

interface SearchInputOptions {
  dispatch: (action: SearchAction) => void;
  /** How many results are shown, for the cursor to stay among them. */
  found: number;
  /** Enter: a quiz on the result under the cursor; false when no question asks about it. */
  choose: () => boolean;
  close: () => void;
}

/**
 * Keys of the search: letters are typed into the query, ⌫ erases, ↑↓ PgUp PgDn choose a
 * result, Enter quizzes on it, Esc closes.
 */
export function useSearchInput(o: SearchInputOptions): void {
  useKeys((input, key) => {
    const command = commandOf(input, key, "search", true);
    const delta = scrollDelta(command);
    if (delta !== undefined) return o.dispatch({ type: "move", delta, count: o.found });
    switch (command) {
      case "back":
        return o.close();
      case "erase":
        return o.dispatch({ type: "erase" });
      case "confirm":
        return o.choose() ? undefined : o.dispatch({ type: "nothing-to-ask" });
      default: {
        const text = typedText(input, key);
        if (text && !command) o.dispatch({ type: "type", text });
      }
    }
  });
}
