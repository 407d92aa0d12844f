import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import pkg from "../package.json" with { type: "json" };
import { TranslatedHelp, translateAfterHelp, translateCommanderError } from "./cli-help.js";
import type { CommandDefinition, OptionDefinition } from "./commands/definition.js";
import { COMMANDS, HOME } from "./commands/table.js";
import type { CommandContext } from "./context.js";
import { likeliest } from "./core/text/likeliest.js";
import { EXIT, UsageError } from "./errors.js";
import { reportError } from "./report-error.js";

/**
 * Builds the command line from the command table (commands/table.ts). Each command loads its
 * code when it runs, so that a command parses only the code it uses (the quiz screens are not
 * loaded to print facts).
 */
export function buildProgram(ctx: CommandContext, setExit: (code: number) => void): Command {
  // The interface's language: --help and commander's messages speak it too (cli-help.ts).
  const lang = ctx.lang ?? "en";
  const program = new Command()
    .name(HOME.name)
    .description(HOME.description)
    .version(pkg.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(translateAfterHelp(s, lang)),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) =>
        write(`newsquiz: ${translateCommanderError(s.replace(/^error: /, ""), lang)}`),
    });
  for (const definition of COMMANDS) {
    const command = program.command(definition.name).description(definition.description);
    for (const argument of definition.arguments ?? []) {
      command.argument(argument.name, argument.description);
    }
    describe(command, definition).action(async (...params: unknown[]) => {
      // Commander hands the arguments in order, then the options, then the command.
      const options = params[params.length - 2];
      const args = params.slice(0, -2) as (string | string[] | undefined)[];
      setExit(await definition.run(args, options as never, ctx));
    });
  }
  describe(program.enablePositionalOptions(), HOME).action(
    async (options: unknown, command: Command) => {
      // A word where a command was expected is a mistyped command, not an extra argument.
      const [word] = command.args;
      if (word !== undefined) {
        const names = program.commands.map((c) => c.name());
        const hint = likeliest(word, names);
        throw hint
          ? new UsageError("error.unknown-command", { word, hint })
          : new UsageError("error.unknown-command-list", { word, commands: names.join(", ") });
      }
      setExit(await HOME.run([], options as never, ctx));
    },
  );

  // The root takes no argument of its own: its action says which word is no command.
  program.allowExcessArguments(true);
  for (const command of [program, ...program.commands]) {
    command.createHelp = () => Object.assign(new TranslatedHelp(lang), command.configureHelp());
  }
  return program;
}

/** A command's options, and its notes and examples after them in --help. */
function describe(command: Command, definition: CommandDefinition<never>): Command {
  for (const option of definition.options ?? []) command.addOption(commanderOption(option));
  const after = [
    ...(definition.notes ?? []).map((note) => `\n${note}`),
    ...(definition.examples?.length
      ? ["\nExamples:", ...definition.examples.map((e) => `  ${e}`)]
      : []),
  ];
  if (after.length > 0) command.addHelpText("after", after.join("\n"));
  return command;
}

function commanderOption(definition: OptionDefinition): Option {
  const option = new Option(definition.flags, definition.description);
  if (definition.choices) option.choices(definition.choices);
  if (definition.wholeFrom !== undefined) option.argParser(wholeNumber(definition.wholeFrom));
  if (definition.default !== undefined) option.default(definition.default);
  return option;
}

/** A commander parser for a whole number of at least `min`; anything else is a usage error. */
function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected a whole number from ${min}`);
    }
    return n;
  };
}

/** Runs the command line and returns the exit code; the one place that decides it. */
export async function main(argv: readonly string[], ctx: CommandContext): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(ctx, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    return handleError(error, ctx);
  }
}

/** Prints an error as one clear line (plus details), never a stack unless DEBUG=newsquiz. */
export function handleError(error: unknown, ctx: CommandContext): number {
  if (error instanceof CommanderError) {
    const ok = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(
      error.code,
    );
    return ok ? EXIT.ok : EXIT.usage;
  }
  return reportError(error, ctx);
}
