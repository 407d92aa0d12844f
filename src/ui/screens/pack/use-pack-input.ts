import { commandOf } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import type { Scroll } from "../../use-scroll.js";
import type { PackAction, PackState } from "./pack-state.js";

interface PackInputOptions {
  state: PackState;
  dispatch: (action: PackAction) => void;
  scroll: Scroll;
  /** How many count options there are, to cycle through with `n`. */
  counts: number;
  isActive: boolean;
  /** Starts the quiz as set up (Enter), when the pack has questions to ask. */
  start?: () => void;
  /** Told when certainty mode is turned on or off, to keep it as a setting. */
  saveCertainty?: (on: boolean) => void;
  back: () => void;
  help: () => void;
  search: () => void;
}

/**
 * Keys of the pack screen, those of its help: ← → and Tab change section, ↑↓ PgUp PgDn Home End
 * scroll it, n d c set up the quiz, Enter starts it, / searches, ? helps, q goes back.
 */
export function usePackInput(o: PackInputOptions): void {
  useKeys(
    (input, key) => {
      const command = commandOf(input, key, "pack");
      if (o.scroll.by(command)) return;
      switch (command) {
        case "left":
        case "right":
        case "nextTab":
          return o.dispatch({ type: "tab", delta: command === "left" ? -1 : 1 });
        case "count":
          return o.dispatch({ type: "count", options: o.counts });
        case "difficulty":
          return o.dispatch({ type: "difficulty" });
        case "certainty":
          o.dispatch({ type: "certainty" });
          return o.saveCertainty?.(!o.state.certainty);
        case "confirm":
          return o.start?.();
        case "back":
          return o.back();
        case "help":
          return o.help();
        case "search":
          return o.search();
        default:
          return;
      }
    },
    { isActive: o.isActive },
  );
}
