import { type Argument, type Command, Help, type Option } from "commander";
import type { Language } from "./core/facts/model.js";
import { countNoun } from "./core/i18n/plural.js";
import { aboutOf } from "./core/languages/registry.js";

// `--help` and commander's own messages in the interface's language. cli.ts writes every text
// in English, once; a language's translations are its about.ts `cliHelp`, keyed by the English
// text, so that cli.ts stays one list of commands. A text missing there is shown in English, and
// so is every text in a language with no `cliHelp` (English).

/** The translation of an English text of the command line in the language, when it has one. */
export function translationOf(lang: Language, english: string): string | undefined {
  const texts = aboutOf(lang).cliHelp?.texts;
  return texts && Object.hasOwn(texts, english) ? texts[english] : undefined;
}

/** A text of the command line in the language: the English one when it has no translation. */
export function helpText(lang: Language, english: string): string {
  return translationOf(lang, english) ?? english;
}

/**
 * Commander's help, in the language: descriptions and titles translated before commander wraps
 * them to the terminal's width; "(default: …)" and "choices: …" too.
 */
export class TranslatedHelp extends Help {
  constructor(private readonly lang: Language) {
    super();
  }

  private say(text: string): string {
    const help = aboutOf(this.lang).cliHelp;
    return help ? help.extras(helpText(this.lang, text)) : text;
  }

  override styleTitle(str: string): string {
    return super.styleTitle(helpText(this.lang, str));
  }

  override commandUsage(cmd: Command): string {
    const usage = super.commandUsage(cmd);
    return aboutOf(this.lang).cliHelp?.usage(usage) ?? usage;
  }

  override commandDescription(cmd: Command): string {
    return this.say(super.commandDescription(cmd));
  }

  override subcommandDescription(cmd: Command): string {
    return this.say(super.subcommandDescription(cmd));
  }

  override optionDescription(option: Option): string {
    const base = option.description;
    const full = super.optionDescription(option);
    return this.say(full.replace(base, helpText(this.lang, base)));
  }

  override argumentDescription(argument: Argument): string {
    const base = argument.description;
    const full = super.argumentDescription(argument);
    return this.say(full.replace(base, helpText(this.lang, base)));
  }
}

/** The lines added after a command's help (examples, notes), in the language. */
export function translateAfterHelp(text: string, lang: Language): string {
  if (!aboutOf(lang).cliHelp) return text;
  return text
    .split("\n")
    .map((line) => helpText(lang, line))
    .join("\n");
}

/**
 * Commander's error messages (it writes them in English), in the language: the usage errors a
 * reader meets. Unknown ones stay as commander wrote them.
 */
export function translateCommanderError(message: string, lang: Language): string {
  const rules = aboutOf(lang).cliHelp?.commanderErrors ?? [];
  const count = (n: number, one: string, other: string) => countNoun(lang, n, one, other);
  let out = message;
  for (const [pattern, replacement] of rules) {
    out =
      typeof replacement === "string"
        ? out.replace(pattern, replacement)
        : out.replace(pattern, (...groups: string[]) => replacement(count, ...groups));
  }
  return out;
}
