import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import pkg from "../package.json" with { type: "json" };
import {
  TranslatedHelp,
  translateAfterHelp,
  translateCommanderError,
  unknownCommand,
} from "./cli-help.js";
import type { AddOptions } from "./commands/add.js";
import type { FactsOptions } from "./commands/facts.js";
import type { PlayCommandOptions } from "./commands/play.js";
import type { CommandContext } from "./context.js";
import { EXIT, UsageError } from "./errors.js";
import { BUILTIN_PACK_ID } from "./io/paths.js";
import { reportError } from "./report-error.js";

/**
 * Builds the command line. Each action imports its command module on demand, so that a command
 * loads only the code it uses (the quiz screens are not loaded to print facts).
 */
export function buildProgram(ctx: CommandContext, setExit: (code: number) => void): Command {
  // The interface's language: --help and commander's messages speak it too (cli-help.ts).
  const lang = ctx.lang ?? "en";
  const program = new Command()
    .name("newsquiz")
    .description("Turn news articles into facts, summaries and quizzes in the terminal.")
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

  program
    .command("facts")
    .description("list the facts of a pack, or read them from article files or pages")
    .argument(
      "<inputs...>",
      "a pack id or pack.yaml path, or article files / URLs (text, Markdown, HTML)",
    )
    .option("--json", "print the facts as JSON")
    .addOption(new Option("--lang <lang>", "language of the articles").choices(["fr", "en"]))
    .addOption(publishedOption())
    .addOption(timeoutOption())
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
    .addOption(new Option("--lang <lang>", "language of the articles").choices(["fr", "en"]))
    .addOption(publishedOption())
    .addOption(timeoutOption())
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz add article.html --pack greve-acme\n  newsquiz add https://example.org/news/story.html notes.md --pack greve-acme",
    )
    .action(async (inputs: string[], options: AddOptions) => {
      const { runAdd } = await import("./commands/add.js");
      setExit(await runAdd(inputs, options, ctx));
    });

  program
    .command("triage")
    .description("review a pack's extracted facts one at a time: accept, reject or edit each")
    .argument("<pack>", "pack id or path to a pack.yaml")
    .option("--plain", "line mode instead of the full screen")
    .option("--all", "also go over the facts already reviewed")
    .addOption(
      new Option("--lang <lang>", "language of the review (default: the pack's)").choices([
        "fr",
        "en",
      ]),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz triage greve-acme\n  printf 'a\\nx\\nq\\n' | newsquiz triage greve-acme",
    )
    .action(async (pack: string, options: import("./commands/triage.js").TriageOptions) => {
      const { runTriage } = await import("./commands/triage.js");
      setExit(await runTriage(pack, options, ctx));
    });

  program
    .command("summary")
    .description("summarise a pack or articles: what to retain, timeline, who's who, disagreements")
    .argument("<inputs...>", "a pack id or pack.yaml path, or article files / URLs")
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
    .addOption(publishedOption())
    .addOption(timeoutOption())
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz summary openai-2023-11\n  newsquiz summary openai-2023-11 --length long --lang en --json\n  newsquiz summary article.html --published 2023-11-21",
    )
    .action(
      async (inputs: string[], options: import("./commands/summary.js").SummaryCommandOptions) => {
        const { runSummary } = await import("./commands/summary.js");
        setExit(await runSummary(inputs, options, ctx));
      },
    );

  program
    .command("questions")
    .description("list the questions of a pack or articles: generated from facts, and hand-written")
    .argument("<inputs...>", "a pack id or pack.yaml path, or article files / URLs")
    .option("--json", "print the questions as JSON")
    .option("--seed <n>", "same seed, same questions and choice order", wholeNumber(0), 1)
    .option("--count <n>", "how many questions (default: all)", wholeNumber(1))
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
    .addOption(publishedOption())
    .addOption(timeoutOption())
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz questions openai-2023-11 --count 10\n  newsquiz questions openai-2023-11 --seed 7 --difficulty hard --json\n  newsquiz questions article.html notes.md --count 5",
    )
    .action(
      async (
        inputs: string[],
        options: import("./commands/questions.js").QuestionsCommandOptions,
      ) => {
        const { runQuestions } = await import("./commands/questions.js");
        setExit(await runQuestions(inputs, options, ctx));
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

  program
    .command("play")
    .description(
      "quiz yourself on a pack (Ink screens; line mode without a terminal or with --plain)",
    )
    .argument("[pack]", `pack id or path to a pack.yaml (default: ${BUILTIN_PACK_ID})`)
    .option("--count <n>", "how many questions (default: 10)", wholeNumber(1))
    .option(
      "--seed <n>",
      "same seed, same quiz (picked from the clock and printed when omitted)",
      wholeNumber(0),
    )
    .addOption(new Option("--difficulty <level>", "question difficulty").choices(["easy", "hard"]))
    .addOption(
      new Option(
        "--lang <lang>",
        "language of the interface and of generated questions (default: your setting, then the locale)",
      ).choices(["fr", "en"]),
    )
    .option(
      "--certainty",
      "say how sure you are after each answer (certainty-based marking); default: your setting",
    )
    .option("--no-certainty", "no certainty this time, whatever your setting")
    .option("--plain", "line prompts instead of the full-screen quiz")
    .option("--resume", "take up again the quiz you left unfinished (Ctrl-C, a closed terminal)")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz play openai-2023-11 --count 5\n  printf '2\\n1\\n3\\n' | newsquiz play openai-2023-11 --count 3 --seed 7\n  newsquiz play --resume",
    )
    .action(async (pack: string, options: PlayCommandOptions) => {
      const { runPlay } = await import("./commands/play.js");
      setExit(await runPlay(pack, options, ctx));
    });

  program
    .enablePositionalOptions()
    .addOption(new Option("--lang <lang>", "language of the screens").choices(["fr", "en"]))
    .action(async (options: { lang?: "fr" | "en" }, command: Command) => {
      // A word where a command was expected is a mistyped command, not an extra argument.
      const [word] = command.args;
      if (word !== undefined) {
        const names = program.commands.map((c) => c.name());
        throw new UsageError(unknownCommand(word, names, lang));
      }
      const { runHome } = await import("./commands/home.js");
      setExit(await runHome(options, ctx));
    });

  program
    .command("import")
    .description(
      "import GIFT, Moodle XML, Aiken, Anki or JSON questions into a pack (a new one unless --pack)",
    )
    .argument("<file>", "a question file; its format is told from what it holds")
    .option("--pack <id>", "add to this pack (made if it does not exist)")
    .addOption(
      new Option("--format <format>", "read the file as this format").choices([
        "gift",
        "xml",
        "aiken",
        "anki",
        "json",
      ]),
    )
    .option("--strict", "import nothing when any question is malformed")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz import quiz.gift\n  newsquiz import questions.txt --format aiken --pack my-pack --strict",
    )
    .action(
      async (
        file: string,
        options: Parameters<typeof import("./commands/import.js").runImport>[1],
      ) => {
        const { runImport } = await import("./commands/import.js");
        setExit(await runImport(file, options, ctx));
      },
    );

  program
    .command("export")
    .description(
      "write a pack's questions as GIFT, Moodle XML, Aiken, Anki (tab-separated) or JSON",
    )
    .argument("<pack>", "pack id or path to a pack.yaml")
    .addOption(
      new Option("--format <format>", "output format").choices([
        "gift",
        "xml",
        "aiken",
        "anki",
        "json",
      ]),
    )
    .option("--output <file>", "write to this file instead of stdout")
    .option("--generated", "also export the questions generated from the pack's facts")
    .option("--seed <n>", "seed for generated questions", wholeNumber(0), 1)
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz export openai-2023-11 --format xml > quiz.xml\n  newsquiz export openai-2023-11 --format anki --output cards.txt",
    )
    .action(
      async (
        pack: string,
        options: Parameters<typeof import("./commands/export.js").runExport>[1],
      ) => {
        const { runExport } = await import("./commands/export.js");
        setExit(await runExport(pack, options, ctx));
      },
    );

  program
    .command("new")
    .description(
      "write a pack by answering questions: sources, people, events, figures, quotes, questions",
    )
    .option("--pack <id>", "add to this existing pack instead of making a new one")
    .addHelpText("after", "\nExamples:\n  newsquiz new\n  newsquiz new --pack my-pack")
    .action(async (options: { pack?: string }) => {
      const { runNew } = await import("./commands/new.js");
      setExit(await runNew(options, ctx));
    });

  program
    .command("stats")
    .description("your history: answers, accuracy by day, weakest kinds and facts, leeches, flags")
    .option("--json", "print the statistics as JSON")
    .option(
      "--lang <lang>",
      "language of the text: fr or en (default: your setting, then the locale)",
    )
    .addHelpText(
      "after",
      "\nProgress is kept in $NEWSQUIZ_HOME/progress (else the platform's data folder).\n\nExamples:\n  newsquiz stats\n  newsquiz stats --json",
    )
    .action(async (options: { json?: boolean; lang?: string }) => {
      const { runStats } = await import("./commands/stats.js");
      setExit(await runStats(options, ctx));
    });

  program
    .command("review")
    .description(
      "review what is due across packs, in order, each fact asked at the level it has reached",
    )
    .option("--cram <pack>", "every fact of a pack, whatever its due date, weakest first")
    .option("--missed <pack>", "what was missed in the last session of a pack")
    .option("--count <n>", "at most this many questions")
    .option("--list", "show the review instead of asking it")
    .option("--json", "print the review as JSON instead of asking it")
    .option(
      "--at <date>",
      "with --list or --json: as of this moment (YYYY-MM-DDTHH:MM) or the end of this day (YYYY-MM-DD)",
    )
    .option("--seed <n>", "seed of the generated questions (default: one per day)")
    .option("--plain", "line prompts instead of the full-screen quiz")
    .option(
      "--lang <lang>",
      "language of the text: fr or en (default: your setting, then the locale)",
    )
    .addHelpText(
      "after",
      "\nWithout a terminal, the questions are asked line by line, as newsquiz play does.\n\nExamples:\n  newsquiz review\n  newsquiz review --cram openai-2023-11 --count 10\n  newsquiz review --missed openai-2023-11 --json\n  newsquiz review --list --at 2024-03-20",
    )
    .action(async (options: import("./commands/review.js").ReviewOptions) => {
      const { runReview } = await import("./commands/review.js");
      setExit(await runReview(options, ctx));
    });

  program
    .command("config")
    .description("show or change a setting: lang (fr, en or auto), certainty (on or off)")
    .argument("[key]", "the setting: lang or certainty")
    .argument("[value]", "its new value")
    .addHelpText(
      "after",
      "\nExamples:\n  newsquiz config\n  newsquiz config lang fr\n  newsquiz config lang auto",
    )
    .action(async (key: string | undefined, value: string | undefined) => {
      const { runConfig } = await import("./commands/config.js");
      setExit(await runConfig(key, value, ctx));
    });

  // The root takes no argument of its own: its action says which word is no command.
  program.allowExcessArguments(true);
  for (const command of [program, ...program.commands]) {
    command.createHelp = () => Object.assign(new TranslatedHelp(lang), command.configureHelp());
  }
  return program;
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

/** For commands that read articles: the date that anchors « vendredi » and « hier ». */
function publishedOption(): Option {
  return new Option(
    "--published <date>",
    "publication date of the articles, anchors « vendredi » (2023-11-21)",
  );
}

/** For commands that may download a page. */
function timeoutOption(): Option {
  return new Option(
    "--timeout <seconds>",
    "give up downloading a page after this many seconds",
  ).default("15");
}
