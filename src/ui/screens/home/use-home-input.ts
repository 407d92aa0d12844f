import { commandOf, scrollDelta, typedText } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import type { HomeAction, HomeState } from "./home-state.js";

interface HomeInputOptions {
  state: HomeState;
  count: number;
  isActive: boolean;
  dispatch: (action: HomeAction) => void;
  /** Opens the selected pack; the next key waits until its screen is there. */
  open: () => Promise<unknown> | undefined;
  /** Starts the review of what is due, when anything is. */
  review?: () => Promise<unknown> | undefined;
  quit: () => void;
  help: () => void;
}

/**
 * Keys of the home screen: the keys of its help (arrows and k/j, Home/End and g/G, Enter, `/`,
 * r, ?, q). `/` opens the filter, where letters are typed; Esc clears and closes it.
 */
export function useHomeInput(o: HomeInputOptions): void {
  useKeys(
    (input, key) => {
      const typing = o.state.filtering;
      const command = commandOf(input, key, typing ? "filter" : "home", typing);
      const delta = scrollDelta(command);
      if (delta !== undefined) return o.dispatch({ type: "move", delta, count: o.count });
      switch (command) {
        case "confirm":
          return o.open();
        case "erase":
          return o.dispatch({ type: "erase" });
        case "filter":
          return o.dispatch({ type: "filter" });
        case "review":
          return o.review?.();
        case "help":
          return o.help();
        case "back":
          return typing ? o.dispatch({ type: "clear" }) : o.quit();
        default: {
          const text = typing ? typedText(input, key) : undefined;
          if (text) o.dispatch({ type: "type", text });
        }
      }
    },
    { isActive: o.isActive },
  );
}
