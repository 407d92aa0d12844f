import type { Key } from "ink";
import type { Language } from "../core/i18n/language.js";
import { fill, type MessageKey, msg } from "../core/i18n/msg.js";

/** Everything a key can mean, whatever the screen. */
export type Command =
  | "up"
  | "down"
  | "left"
  | "right"
  | "pageUp"
  | "pageDown"
  | "top"
  | "bottom"
  | "confirm"
  | "back"
  | "help"
  | "search"
  | "filter"
  | "flag"
  | "unflag"
  | "skip"
  | "toggle"
  | "retry"
  | "review"
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
  /**
   * How the help screen writes the keys, e.g. "↑ k"; a named key as `{enter}`, which
   * {@link keyLabel} writes in the interface's language (`key.enter`: Entrée).
   */
  label: string;
  /** What the help screen says it does. */
  help: MessageKey;
}

const flag = (name: keyof Key): KeySpec => ({ flag: name });
const char = (c: string): KeySpec => ({ char: c });

/**
 * The one key table (like gemini-cli's keyBindings): what each key means. Each screen listens
 * to the commands of its {@link KEYMAPS} entry, through {@link commandOf}, and its help overlay
 * lists that same entry: a key the help shows is a key the screen acts on, and no other. Digits
 * 1-9 are read directly by the screens that number things. In a text field, characters are
 * typed: only the keys that are not characters act.
 */
export const KEY_TABLE: readonly Binding[] = [
  { command: "up", keys: [flag("upArrow"), char("k")], label: "↑ k", help: "help.up" },
  { command: "down", keys: [flag("downArrow"), char("j")], label: "↓ j", help: "help.down" },
  { command: "left", keys: [flag("leftArrow"), char("h")], label: "← h", help: "help.left" },
  { command: "right", keys: [flag("rightArrow"), char("l")], label: "→ l", help: "help.right" },
  { command: "pageUp", keys: [flag("pageUp")], label: "{pgup}", help: "help.page-up" },
  { command: "pageDown", keys: [flag("pageDown")], label: "{pgdn}", help: "help.page-down" },
  { command: "top", keys: [flag("home"), char("g")], label: "{home} g", help: "help.top" },
  { command: "bottom", keys: [flag("end"), char("G")], label: "{end} G", help: "help.bottom" },
  { command: "confirm", keys: [flag("return")], label: "{enter}", help: "help.confirm" },
  { command: "toggle", keys: [char(" ")], label: "{space}", help: "help.toggle" },
  { command: "skip", keys: [char("s")], label: "s", help: "help.skip" },
  { command: "flag", keys: [char("f")], label: "f", help: "help.flag" },
  { command: "unflag", keys: [char("F")], label: "F", help: "help.unflag" },
  { command: "retry", keys: [char("r")], label: "r", help: "help.retry" },
  { command: "review", keys: [char("r")], label: "r", help: "help.review" },
  { command: "nextTab", keys: [flag("tab")], label: "{tab}", help: "help.tab" },
  { command: "count", keys: [char("n")], label: "n", help: "help.count" },
  { command: "difficulty", keys: [char("d")], label: "d", help: "help.difficulty" },
  { command: "certainty", keys: [char("c")], label: "c", help: "help.certainty" },
  { command: "search", keys: [char("/")], label: "/", help: "help.search" },
  { command: "filter", keys: [char("/")], label: "/", help: "help.filter" },
  { command: "help", keys: [char("?")], label: "?", help: "help.help" },
  { command: "back", keys: [flag("escape"), char("q")], label: "q {esc}", help: "help.back" },
  { command: "erase", keys: [flag("backspace"), flag("delete")], label: "⌫", help: "help.erase" },
  // Fact review (`newsquiz triage`), with s to skip, ? and q as everywhere.
  { command: "accept", keys: [char("a")], label: "a", help: "help.accept" },
  { command: "reject", keys: [char("x")], label: "x", help: "help.reject" },
  { command: "edit", keys: [char("e")], label: "e", help: "help.edit" },
  { command: "undo", keys: [char("u")], label: "u", help: "help.undo" },
];

/** The commands that scroll what does not fit, wherever something can. */
const SCROLLING = ["up", "down", "pageUp", "pageDown", "top", "bottom"] as const;

/**
 * How far a scrolling command moves, in rows (`top` and `bottom` go as far as they can); undefined
 * for any other command.
 */
export function scrollDelta(command: Command | undefined, page = 10): number | undefined {
  const END = 1_000_000;
  const deltas: Partial<Record<Command, number>> = {
    up: -1,
    down: 1,
    pageUp: -page,
    pageDown: page,
    top: -END,
    bottom: END,
  };
  return command === undefined ? undefined : deltas[command];
}

/**
 * The commands each screen listens to, in the order its help lists them. The screens ask
 * {@link commandOf} with their keymap, so a key works where its help says it does.
 */
export const KEYMAPS = {
  home: ["up", "down", "top", "bottom", "confirm", "filter", "review", "help", "back"],
  /** The home screen while its filter is being typed: letters are typed there. */
  filter: ["up", "down", "confirm", "erase", "back"],
  pack: [
    "left",
    "right",
    "nextTab",
    ...SCROLLING,
    "count",
    "difficulty",
    "certainty",
    "confirm",
    "search",
    "help",
    "back",
  ],
  question: [
    "up",
    "down",
    "left",
    "right",
    "toggle",
    "confirm",
    "skip",
    "flag",
    "erase",
    "help",
    "back",
  ],
  feedback: ["confirm", ...SCROLLING, "flag", "unflag", "help", "back"],
  results: ["retry", ...SCROLLING, "search", "confirm", "help", "back"],
  search: ["up", "down", "pageUp", "pageDown", "confirm", "erase", "back"],
  resume: ["up", "down", "confirm", "back"],
  /** The fact review (`newsquiz triage`) on a fact. */
  triage: ["accept", "reject", "edit", "undo", "skip", "confirm", ...SCROLLING, "help", "back"],
  /** The review's correction form, between its fields. */
  triageForm: ["up", "down", "confirm", "back"],
  /** A field or an entity picker of the correction form: letters are typed there. */
  triageField: ["up", "down", "confirm", "erase", "back"],
} as const satisfies Record<string, readonly Command[]>;

/** A screen that has a keymap. */
export type KeymapName = keyof typeof KEYMAPS;

/**
 * What a key press means on a screen, or undefined. In a text field, characters never mean a
 * command (only Enter, Esc, arrows, Backspace and the like do).
 */
export function commandOf(
  input: string,
  key: Key,
  keymap: KeymapName,
  inTextField = false,
): Command | undefined {
  const listened: readonly Command[] = KEYMAPS[keymap];
  for (const binding of KEY_TABLE) {
    if (!listened.includes(binding.command)) continue;
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

/** Whether the key is Ctrl-C, which leaves newsquiz from any screen. */
export function isInterrupt(input: string, key: Key): boolean {
  return key.ctrl === true && input === "c";
}

/** A character to type into a text field, if the key is one. */
export function typedText(input: string, key: Key): string | undefined {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete) {
    return undefined;
  }
  // Control characters never enter a field.
  const text = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return text || undefined;
}

/** The bindings of a screen's keymap, for its help overlay, in the keymap's order. */
/** The keys of a binding as the help screen writes them, named in the language. */
export function keyLabel(binding: Binding, lang: Language): string {
  const names: Record<string, string> = {};
  for (const name of KEY_NAMES) names[name] = msg(lang, `key.${name}`);
  return fill(binding.label, names);
}

const KEY_NAMES = ["pgup", "pgdn", "home", "end", "enter", "space", "tab", "esc"] as const;

export function bindingsFor(keymap: KeymapName): Binding[] {
  const listened: readonly Command[] = KEYMAPS[keymap];
  return listened.flatMap((command) => KEY_TABLE.filter((b) => b.command === command));
}

/**
 * Key presses that arrived together (fast typing, tmux send-keys, a paste, a slow link) split
 * one by one, so that "235" ticks three answers and "2\r" answers then confirms. Backspace
 * (DEL) and Enter inside a chunk become the keys they are. Escape sequences stay whole.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  if (input.length <= 1 || key.ctrl || key.meta || input.includes("\u001b")) return [[input, key]];
  return [...input].map((c): [string, Key] => {
    if (c === "\r" || c === "\n") return ["", { ...key, return: true }];
    if (c === "\u007f" || c === "\b") return ["", { ...key, backspace: true }];
    if (c === "\u0003") return ["c", { ...key, ctrl: true }];
    return [c, { ...key, shift: /[A-Z]/.test(c) }];
  });
}
