import type { CommandContext } from "../context.js";
import { LANGUAGES } from "../core/i18n/language.js";

/** A positional argument, named as commander writes it: `<pack>`, `[key]`, `<inputs...>`. */
export interface ArgumentDefinition {
  name: string;
  /** English; --help in French reads it from languages/fr/cli-help.ts, keyed by this text. */
  description: string;
}

/** An option: its flags as commander writes them (`--seed <n>`, `--no-certainty`). */
export interface OptionDefinition {
  flags: string;
  /** English; --help in French reads it from languages/fr/cli-help.ts, keyed by this text. */
  description: string;
  /** The only values it takes; commander refuses any other (exit 2). */
  choices?: readonly string[];
  default?: string | number;
  /** A whole number of at least this; anything else is a usage error (exit 2). */
  wholeFrom?: number;
}

/** What commander hands a command: its arguments in order, a variadic one as a list. */
export type Positional = readonly (string | string[] | undefined)[];

/**
 * One command of the command line: what `--help` says of it, what it takes, and how it runs.
 * `run` loads the command's code when it runs (`import("./run.js")`), so that a command parses
 * only the code it uses.
 */
export interface CommandDefinition<Options = never> {
  name: string;
  /** English, like every text here. */
  description: string;
  arguments?: readonly ArgumentDefinition[];
  options?: readonly OptionDefinition[];
  /** Paragraphs printed after the options in --help, before the examples. */
  notes?: readonly string[];
  examples?: readonly string[];
  run(args: Positional, options: Options, ctx: CommandContext): Promise<number>;
}

/** A pack named by id or path, for the commands that take one. */
export const PACK_ARGUMENT: ArgumentDefinition = {
  name: "<pack>",
  description: "pack id or path to a pack.yaml",
};

/** A pack, or articles to read, for the commands that take either. */
export const INPUTS_ARGUMENT: ArgumentDefinition = {
  name: "<inputs...>",
  description: "a pack id or pack.yaml path, or article files / URLs",
};

/** `--lang fr|en` (each language listed) with what it is the language of, for each command. */
export function langOption(description: string): OptionDefinition {
  return { flags: "--lang <lang>", description, choices: [...LANGUAGES] };
}

/**
 * For the commands that read articles: `--lang` (with what it is the language of), then
 * `--published`, the date that anchors « vendredi » and « hier », and `--timeout` for a page.
 */
export function articleOptions(langDescription: string): OptionDefinition[] {
  return [
    langOption(langDescription),
    {
      flags: "--published <date>",
      description: "publication date of the articles, anchors « vendredi » (2023-11-21)",
    },
    {
      flags: "--timeout <seconds>",
      description: "give up downloading a page after this many seconds",
      default: "15",
    },
  ];
}

/** For the commands that ask questions: prompts line by line rather than the full screen. */
export const PLAIN_OPTION: OptionDefinition = {
  flags: "--plain",
  description: "line prompts instead of the full-screen quiz",
};
