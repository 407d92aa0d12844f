import { commandOf, digitOf } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import {
  RESUME_CHOICES,
  type ResumeAction,
  type ResumeChoice,
  type ResumeState,
} from "./resume-state.js";

interface ResumeInputOptions {
  state: ResumeState;
  isActive: boolean;
  dispatch: (action: ResumeAction) => void;
  choose: (choice: ResumeChoice) => unknown;
  /** Not now: the quiz stays saved, to be offered at the next start. */
  later: () => void;
}

/** Keys of the offer: ↑↓ and Enter, or 1 and 2 at once; q or Esc leaves it for later. */
export function useResumeInput(o: ResumeInputOptions): void {
  useKeys(
    (input, key) => {
      const digit = digitOf(input, key);
      if (digit !== undefined && digit <= RESUME_CHOICES.length) {
        return o.choose(RESUME_CHOICES[digit - 1]!);
      }
      const command = commandOf(input, key, "resume");
      if (command === "up" || command === "down") {
        return o.dispatch({ type: "move", delta: command === "up" ? -1 : 1 });
      }
      if (command === "confirm") return o.choose(RESUME_CHOICES[o.state.cursor]!);
      if (command === "back") return o.later();
    },
    { isActive: o.isActive },
  );
}
