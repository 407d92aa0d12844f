import { useInput } from "ink";
import { commandOf, typedText } from "../../keys.js";
import type { HomeAction, HomeState } from "./home-state.js";

interface HomeInputOptions {
  state: HomeState;
  count: number;
  isActive: boolean;
  dispatch: (action: HomeAction) => void;
  open: () => void;
  quit: () => void;
  help: () => void;
}

/**
 * Keys of the home screen. Every letter filters the list (so "jakub" can be typed), arrows
 * move; `q` and `?` act only while the filter is empty, and Esc clears the filter before it quits.
 */
export function useHomeInput(o: HomeInputOptions): void {
  useInput(
    (input, key) => {
      const command = commandOf(input, key, true);
      const empty = o.state.query === "";
      if (command === "up" || command === "down") {
        return o.dispatch({ type: "move", delta: command === "up" ? -1 : 1, count: o.count });
      }
      if (command === "confirm") return o.open();
      if (command === "erase") return o.dispatch({ type: "erase" });
      if (command === "back") return empty ? o.quit() : o.dispatch({ type: "clear" });
      // With an empty filter, the letter keys of the table (q, ?) act instead of filtering.
      const letterCommand = empty ? commandOf(input, key) : undefined;
      if (letterCommand === "back") return o.quit();
      if (letterCommand === "help") return o.help();
      if (command) return;
      const text = typedText(input, key);
      if (text) o.dispatch({ type: "type", text });
    },
    { isActive: o.isActive },
  );
}
