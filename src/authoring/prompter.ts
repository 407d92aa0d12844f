import type { CommandContext } from "../context.js";
import type { Verdict } from "../core/authoring/checks.js";
import { inertLine } from "../core/text/inert.js";

/**
 * The things guided authoring asks of a person. `newsquiz new` passes @inquirer/prompts; tests
 * pass a script of answers, so that the whole flow runs as a user would drive it.
 */
export interface Prompter {
  /** A line of text; `validate` refuses a value with its reason, and the person types again. */
  input(question: {
    message: string;
    default?: string;
    validate?: (value: string) => Verdict;
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

/** The prompter of a real terminal, @inquirer/prompts loaded only when `new` runs. */
export async function inquirerPrompter(ctx: CommandContext): Promise<Prompter> {
  const { checkbox, input, select } = await import("@inquirer/prompts");
  const io = { input: ctx.stdin, output: ctx.stdout };
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
        },
        io,
      ),
    checkbox: (q) =>
      checkbox(
        { message: q.message, choices: safe(q.choices), required: q.required, loop: false },
        io,
      ),
    say: (text) => ctx.stdout.write(`${inertLine(text)}\n`),
  };
}
