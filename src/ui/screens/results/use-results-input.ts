import { commandOf } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import type { Scroll } from "../../use-scroll.js";

interface ResultsInputOptions {
  scroll: Scroll;
  isActive: boolean;
  /** Retries the missed questions (`r`), when any was missed. */
  retry?: () => void;
  back: () => void;
  help: () => void;
  search?: () => void;
}

/**
 * Keys of the results, those of its help: ↑↓ PgUp PgDn Home End scroll, r retries the missed,
 * Enter or q goes on, / searches the pack, ? helps.
 */
export function useResultsInput(o: ResultsInputOptions): void {
  useKeys(
    (input, key) => {
      const command = commandOf(input, key, "results");
      if (o.scroll.by(command)) return;
      switch (command) {
        case "retry":
          return o.retry?.();
        case "back":
        case "confirm":
          return o.back();
        case "help":
          return o.help();
        case "search":
          return o.search?.();
        default:
          return;
      }
    },
    { isActive: o.isActive },
  );
}
