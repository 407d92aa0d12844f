import { type Key, useInput } from "ink";
import { commandOf, splitKeys, typedText } from "../../keys.js";
import {
  type TriageScreenAction,
  type TriageScreenState,
  triageScreenReducer,
} from "./triage-state.js";

/** What a key does on the review screen: an action, leaving, or nothing. */
export function triageKeyAction(
  state: TriageScreenState,
  input: string,
  key: Key,
): TriageScreenAction | "leave" | undefined {
  if (key.ctrl && input === "c") return "leave";
  if (state.help) return { type: "help", open: false };
  const edit = state.edit;
  if (edit?.editor) {
    // In a field or a picker, letters are typed: only the keys that are not characters act.
    const command = commandOf(input, key, true);
    if (command === "confirm") return { type: "edit-confirm" };
    if (command === "back") return { type: "edit-cancel" };
    if (command === "erase") return { type: "edit-erase" };
    if (command === "up" || command === "down")
      return { type: "edit-move", delta: command === "up" ? -1 : 1 };
    const text = typedText(input, key);
    return text ? { type: "edit-type", text } : undefined;
  }
  const command = commandOf(input, key);
  if (edit) {
    if (command === "up" || command === "down")
      return { type: "edit-move", delta: command === "up" ? -1 : 1 };
    if (command === "confirm") return { type: "edit-confirm" };
    if (command === "back") return { type: "edit-cancel" };
    return undefined;
  }
  switch (command) {
    case "accept":
    case "reject":
    case "skip":
    case "undo":
      return { type: "session", action: { type: command } };
    case "confirm":
      return { type: "session", action: { type: "again" } };
    case "edit":
      return { type: "edit-open" };
    case "help":
      return { type: "help", open: true };
    case "up":
    case "down":
      return { type: "scroll", delta: command === "up" ? -1 : 1 };
    case "pageUp":
    case "pageDown":
      return { type: "scroll", delta: command === "pageUp" ? -10 : 10 };
    case "back":
      return "leave";
    default:
      return undefined;
  }
}

/**
 * Keys of the review, from the key table: a x e u s ? q on a fact; in the correction, ↑↓ Enter
 * Esc, and in a field or an entity picker, letters are typed. Keys that arrive together (a
 * paste, fast typing) are read one after the other, each against the state the one before left.
 */
export function useTriageInput(o: {
  state: TriageScreenState;
  dispatch: (action: TriageScreenAction) => void;
  leave: () => void;
}): void {
  useInput((raw, rawKey) => {
    let state = o.state;
    for (const [input, key] of splitKeys(raw, rawKey)) {
      const action = triageKeyAction(state, input, key);
      if (action === "leave") return o.leave();
      if (!action) continue;
      state = triageScreenReducer(state, action);
      o.dispatch(action);
    }
  });
}
