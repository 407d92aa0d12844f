import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import pkg from "../package.json" with { type: "json" };
import type { CommandContext } from "./context.js";
import { EXIT, UserError } from "./errors.js";
import { BUILTIN_PACK_ID } from "./io/paths.js";

/**
 * Builds the command line. Each action imports its command module on demand, so that a command
 * loads only the code it uses (the quiz screens are not loaded to print facts).
 */
export function buildProgram(ctx: CommandContext, setExit: (code: number) => void): Command {
  const program = new Command()
    .name("newsquiz")
    .description("Turn news articles into facts, summaries and quizzes in the terminal.")
    .version(pkg.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(`newsquiz: ${s.replace(/^error: /, "")}`),
    });

  program
    .command("facts")
    .description("list the facts of a pack: people, timeline, figures, quotes, disagreements")
    .argument("<pack>", "pack id or path to a pack.yaml")
    .option("--json", "print the facts as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz facts openai-2023-11\n  newsquiz facts questions/openai-2023-11/pack.yaml --json",
    )
    .action(async (pack: string, options: { json?: boolean }) => {
      const { runFacts } = await import("./commands/facts.js");
      setExit(await runFacts(pack, options, ctx));
    });

  program
    .command("summary")
    .description("summarise a pack: what to retain, timeline, who's who, disagreements")
    .argument("<pack>", "pack id or path to a pack.yaml")
    .option("--json", "print the summary as JSON")
    .addOption(
      new Option("--length <length>", "short (five sentences at most) or long")
        .choices(["short", "long"])
        .default("short"),
    )
    .addOption(
      new Option("--lang <lang>", "language to write in (default: the pack's)").choices([
        "fr",
        "en",
      ]),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz summary openai-2023-11\n  newsquiz summary openai-2023-11 --length long --lang en --json",
    )
    .action(
      async (
        pack: string,
        options: { json?: boolean; length: "short" | "long"; lang?: "fr" | "en" },
      ) => {
        const { runSummary } = await import("./commands/summary.js");
        setExit(await runSummary(pack, options, ctx));
      },
    );

  program
    .command("questions")
    .description("list the questions of a pack: generated from its facts, and hand-written")
    .argument("<pack>", "pack id or path to a pack.yaml")
    .option("--json", "print the questions as JSON")
    .option("--seed <n>", "same seed, same questions and choice order", integer(0), 1)
    .option("--count <n>", "how many questions (default: all)", integer(1))
    .addOption(
      new Option("--difficulty <level>", "easy: far-off distractors; hard: near ones").choices([
        "easy",
        "hard",
      ]),
    )
    .addOption(
      new Option("--lang <lang>", "language to write in (default: the pack's)").choices([
        "fr",
        "en",
      ]),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz questions openai-2023-11 --count 10\n  newsquiz questions openai-2023-11 --seed 7 --difficulty hard --json",
    )
    .action(
      async (
        pack: string,
        options: {
          json?: boolean;
          seed: number;
          count?: number;
          difficulty?: "easy" | "hard";
          lang?: "fr" | "en";
        },
      ) => {
        const { runQuestions } = await import("./commands/questions.js");
        setExit(await runQuestions(pack, options, ctx));
      },
    );

  program
    .command("lint")
    .description("validate packs; errors are printed as file:line:col: message")
    .argument("<packs...>", "pack ids or paths")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz lint openai-2023-11\n  newsquiz lint questions/*/pack.yaml",
    )
    .action(async (packs: string[]) => {
      const { runLint } = await import("./commands/lint.js");
      setExit(await runLint(packs, ctx));
    });

  program.action(async () => {
    const { runFacts } = await import("./commands/facts.js");
    setExit(await runFacts(BUILTIN_PACK_ID, {}, ctx));
  });
  return program;
}

/** A parser for an integer option of at least `min`; anything else is a usage error. */
function integer(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
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
  const debug = /\bnewsquiz\b/.test(ctx.env.DEBUG ?? "");
  if (error instanceof UserError) {
    ctx.stderr.write(`newsquiz: ${error.message}\n`);
    for (const line of error.details) ctx.stderr.write(`newsquiz: ${line}\n`);
    if (debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`newsquiz: unexpected error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write("newsquiz: run again with DEBUG=newsquiz to see where it happened\n");
  return EXIT.invalidInput;
}
