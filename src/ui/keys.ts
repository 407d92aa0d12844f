import type { Key } from "ink";
import type { UiStringKey } from "./ui-strings.js";

/** Everything a key can mean, whatever the screen. */
export type Command =
  | "up"
  | "down"
  | "left"
  | "right"
  | "pageUp"
  | "pageDown"
  | "confirm"
  | "back"
  | "help"
  | "search"
  | "flag"
  | "skip"
  | "toggle"
  | "retry"
  | "nextTab"
  | "count"
  | "difficulty"
  | "certainty"
  | "erase"
  | "accept"
  | "reject"
  | "edit"
  | "undo";

/** A key as the table names it: an Ink key flag, or a character. */
type KeySpec = { flag: keyof Key } | { char: string };

interface Binding {
  command: Command;
  keys: KeySpec[];
  /** How the help screen writes the keys, e.g. "↑/k". */
  label: string;
  /** What the help screen says it does. */
  help: UiStringKey;
}

const flag = (name: keyof Key): KeySpec => ({ flag: name });
const char = (c: string): KeySpec => ({ char: c });

/**
 * The one key table (like gemini-cli's keyBindings): every screen asks it what a key means, and
 * the help screen is written from it. Digits 1-9 are read directly by the screens that number
 * things. In a text field, characters are typed: only the keys that are not characters act.
 */
export const KEY_TABLE: readonly Binding[] = [
  { command: "up", keys: [flag("upArrow"), char("k")], label: "↑ k", help: "help.up" },
  { command: "down", keys: [flag("downArrow"), char("j")], label: "↓ j", help: "help.down" },
  { command: "left", keys: [flag("leftArrow"), char("h")], label: "← h", help: "help.left" },
  { command: "right", keys: [flag("rightArrow"), char("l")], label: "→ l", help: "help.right" },
  { command: "pageUp", keys: [flag("pageUp")], label: "PgUp", help: "help.page" },
  { command: "pageDown", keys: [flag("pageDown")], label: "PgDn", help: "help.page" },
  { command: "confirm", keys: [flag("return")], label: "Enter", help: "help.confirm" },
  { command: "toggle", keys: [char(" ")], label: "Space", help: "help.toggle" },
  { command: "skip", keys: [char("s")], label: "s", help: "help.skip" },
  { command: "flag", keys: [char("f")], label: "f", help: "help.flag" },
  { command: "retry", keys: [char("r")], label: "r", help: "help.retry" },
  { command: "nextTab", keys: [flag("tab")], label: "Tab", help: "help.tab" },
  { command: "count", keys: [char("n")], label: "n", help: "help.count" },
  { command: "difficulty", keys: [char("d")], label: "d", help: "help.difficulty" },
  { command: "certainty", keys: [char("c")], label: "c", help: "help.certainty" },
  { command: "search", keys: [char("/")], label: "/", help: "help.search" },
  { command: "help", keys: [char("?")], label: "?", help: "help.help" },
  { command: "back", keys: [flag("escape"), char("q")], label: "q Esc", help: "help.back" },
  { command: "erase", keys: [flag("backspace"), flag("delete")], label: "⌫", help: "help.erase" },
  // Fact review (`newsquiz triage`), with s to skip, ? and q as everywhere.
  { command: "accept", keys: [char("a")], label: "a", help: "help.accept" },
  { command: "reject", keys: [char("x")], label: "x", help: "help.reject" },
  { command: "edit", keys: [char("e")], label: "e", help: "help.edit" },
  { command: "undo", keys: [char("u")], label: "u", help: "help.undo" },
];

/** What a key press means, or undefined. In a text field, characters never mean a command. */
export function commandOf(input: string, key: Key, inTextField = false): Command | undefined {
  for (const binding of KEY_TABLE) {
    for (const spec of binding.keys) {
      if ("flag" in spec) {
        if (key[spec.flag] === true) return binding.command;
      } else if (!inTextField && !key.ctrl && !key.meta && input === spec.char) {
        return binding.command;
      }
    }
  }
  return undefined;
}

/** The digit 1-9 pressed, if any. */
export function digitOf(input: string, key: Key): number | undefined {
  if (key.ctrl || key.meta || !/^[1-9]$/.test(input)) return undefined;
  return Number(input);
}

/** A character to type into a text field, if the key is one. */
export function typedText(input: string, key: Key): string | undefined {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete) {
    return undefined;
  }
  // Pasted text arrives as one input; control characters never enter a field.
  const text = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return text || undefined;
}

/** The bindings of some commands, for the help screen and the key hints. */
export function bindingsFor(commands: readonly Command[]): Binding[] {
  return KEY_TABLE.filter((b) => commands.includes(b.command));
}

/**
 * Key presses that arrived together (fast typing, tmux send-keys, a paste) split one by one, so
 * that "235" ticks three answers and "2\r" answers then confirms. Escape sequences stay whole.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  if (input.length <= 1 || key.ctrl || key.meta || input.includes("\u001b")) return [[input, key]];
  return [...input].map((c): [string, Key] =>
    c === "\r" || c === "\n" ? ["", { ...key, return: true }] : [c, key],
  );
}
