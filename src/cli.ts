import { Command, CommanderError, Option } from "commander";
import pkg from "../package.json" with { type: "json" };
import type { AddOptions } from "./commands/add.js";
import type { FactsOptions } from "./commands/facts.js";
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
    .description("list the facts of a pack, or read them from article files or pages")
    .argument(
      "<inputs...>",
      "a pack id or pack.yaml path, or article files / URLs (text, Markdown, HTML)",
    )
    .option("--json", "print the facts as JSON")
    .option(
      "--published <date>",
      "publication date of the articles, anchors « vendredi » (2023-11-21)",
    )
    .addOption(new Option("--lang <lang>", "language of the articles").choices(["fr", "en"]))
    .option("--timeout <seconds>", "give up downloading a page after this many seconds", "15")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz facts openai-2023-11\n  newsquiz facts questions/openai-2023-11/pack.yaml --json\n  newsquiz facts article.html notes.md --published 2023-11-21\n  newsquiz facts https://example.org/news/story.html --json",
    )
    .action(async (inputs: string[], options: FactsOptions) => {
      const { runFacts } = await import("./commands/facts.js");
      setExit(await runFacts(inputs, options, ctx));
    });

  program
    .command("add")
    .description("read articles (files or URLs) into a pack, as extracted facts to review")
    .argument("<inputs...>", "article files (text, Markdown, HTML) or http(s) URLs")
    .option("--pack <id>", "the pack to create or extend (default: from the first title)")
    .option("--title <title>", "title of a new pack")
    .option(
      "--published <date>",
      "publication date of the articles, anchors « vendredi » (2023-11-21)",
    )
    .addOption(new Option("--lang <lang>", "language of the articles").choices(["fr", "en"]))
    .option("--timeout <seconds>", "give up downloading a page after this many seconds", "15")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz add article.html --pack greve-acme\n  newsquiz add https://example.org/news/story.html notes.md --pack greve-acme",
    )
    .action(async (inputs: string[], options: AddOptions) => {
      const { runAdd } = await import("./commands/add.js");
      setExit(await runAdd(inputs, options, ctx));
    });

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
    setExit(await runFacts([BUILTIN_PACK_ID], {}, ctx));
  });
  return program;
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
