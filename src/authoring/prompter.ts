import type { CommandContext } from "../context.js";
import type { Language } from "../core/i18n/language.js";
import { inertLine } from "../core/text/inert.js";
import { promptTheme, tickAtLeastOne } from "../run/prompt-theme.js";

/**
 * The things guided authoring asks of a person. `newsquiz new` passes @inquirer/prompts; tests
 * pass a script of answers, so that the whole flow runs as a user would drive it.
 */
export interface Prompter {
  /** A line of text; `validate` refuses a value with its reason, and the person types again. */
  input(question: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  select<T extends string>(question: {
    message: string;
    choices: readonly { name: string; value: T }[];
    default?: T;
  }): Promise<T>;
  /** Several choices ticked; `required`: at least one. */
  checkbox<T extends string>(question: {
    message: string;
    choices: readonly { name: string; value: T; checked?: boolean }[];
    required?: boolean;
  }): Promise<T[]>;
  /** A line shown between questions. */
  say(text: string): void;
}

/**
 * A prompter and the interface's language, which every question, choice, verdict and line of
 * the session is said in (the pack's own language is a field of the pack, asked apart).
 */
export interface Asker extends Prompter {
  readonly lang: Language;
}

/** The prompter `p`, asking in `lang`. */
export function asking(p: Prompter, lang: Language): Asker {
  return {
    input: (q) => p.input(q),
    select: (q) => p.select(q),
    checkbox: (q) => p.checkbox(q),
    say: (text) => p.say(text),
    lang,
  };
}

/** The prompter of a real terminal, @inquirer/prompts loaded only when `new` runs. */
export async function inquirerPrompter(ctx: CommandContext, lang: Language): Promise<Prompter> {
  const { checkbox, input, select } = await import("@inquirer/prompts");
  const io = { input: ctx.stdin, output: ctx.stdout };
  const theme = promptTheme(lang);
  const safe = <C extends { name: string }>(choices: readonly C[]) =>
    choices.map((c) => ({ ...c, name: inertLine(c.name) }));
  return {
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, io),
    // Every choice in view: the menu's last one (save) must not hide below the fold.
    select: (q) =>
      select(
        {
          message: q.message,
          choices: safe(q.choices),
          default: q.default,
          loop: false,
          pageSize: Math.min(Math.max(7, q.choices.length), 20),
          theme,
        },
        io,
      ),
    checkbox: (q) =>
      checkbox(
        {
          message: q.message,
          choices: safe(q.choices),
          validate: q.required ? tickAtLeastOne(lang) : undefined,
          loop: false,
          theme,
        },
        io,
      ),
    say: (text) => ctx.stdout.write(`${inertLine(text)}\n`),
  };
}
