import type { CommandContext } from "../context.js";
import type { Verdict } from "../core/authoring/checks.js";
import { inertLine } from "../core/text/inert.js";

/**
 * The three things guided authoring asks of a person. `newsquiz new` passes @inquirer/prompts;
 * tests pass a script of answers, so that the whole flow runs as a user would drive it.
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
  }): Promise<T>;
  /** A line shown between questions. */
  say(text: string): void;
}

/** The prompter of a real terminal, @inquirer/prompts loaded only when `new` runs. */
export async function inquirerPrompter(ctx: CommandContext): Promise<Prompter> {
  const { input, select } = await import("@inquirer/prompts");
  const io = { input: ctx.stdin, output: ctx.stdout };
  return {
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, io),
    select: (q) =>
      select(
        { message: q.message, choices: q.choices.map((c) => ({ ...c, name: inertLine(c.name) })) },
        io,
      ),
    say: (text) => ctx.stdout.write(`${inertLine(text)}\n`),
  };
}
