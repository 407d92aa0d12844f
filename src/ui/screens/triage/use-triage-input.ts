import type { Key } from "ink";
import { commandOf, isInterrupt, scrollDelta, typedText } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import type { TriageScreenAction, TriageScreenState } from "./triage-state.js";

/** What a key does on the review screen: an action, leaving, or nothing. */
export function triageKeyAction(
  state: TriageScreenState,
  input: string,
  key: Key,
): TriageScreenAction | "leave" | undefined {
  if (isInterrupt(input, key)) return "leave";
  if (state.help) return { type: "help", open: false };
  const edit = state.edit;
  if (edit?.editor) {
    // In a field or a picker, letters are typed: only the keys that are not characters act.
    const command = commandOf(input, key, "triageField", true);
    if (command === "confirm") return { type: "edit-confirm" };
    if (command === "back") return { type: "edit-cancel" };
    if (command === "erase") return { type: "edit-erase" };
    if (command === "up" || command === "down")
      return { type: "edit-move", delta: command === "up" ? -1 : 1 };
    const text = typedText(input, key);
    return text ? { type: "edit-type", text } : undefined;
  }
  if (edit) {
    const command = commandOf(input, key, "triageForm");
    if (command === "up" || command === "down")
      return { type: "edit-move", delta: command === "up" ? -1 : 1 };
    if (command === "confirm") return { type: "edit-confirm" };
    if (command === "back") return { type: "edit-cancel" };
    return undefined;
  }
  const command = commandOf(input, key, "triage");
  const delta = scrollDelta(command);
  if (delta !== undefined) return { type: "scroll", delta };
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
    case "back":
      return "leave";
    default:
      return undefined;
  }
}

/**
 * Keys of the review, from the key table: a x e u s ? q on a fact; in the correction, ↑↓ Enter
 * Esc, and in a field or an entity picker, letters are typed. Keys that arrive together (a
 * paste, fast typing) go through the app's key router one at a time, each against the state the
 * one before left.
 */
export function useTriageInput(o: {
  state: TriageScreenState;
  dispatch: (action: TriageScreenAction) => void;
  leave: () => void;
}): void {
  useKeys((input, key) => {
    const action = triageKeyAction(o.state, input, key);
    if (action === "leave") o.leave();
    else if (action) o.dispatch(action);
  });
}
