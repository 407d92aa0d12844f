import type { Language } from "./core/facts/model.js";
import { isLanguage } from "./core/i18n/language.js";

/**
 * The options of a bare `newsquiz` (the home screen), read without commander when the command
 * line is one commander would read the same way: nothing, or a valid `--lang`. Anything else
 * (another command, `--help`, a bad language) is left to commander: `undefined`.
 */
export function homeArgs(argv: readonly string[]): { lang?: Language } | undefined {
  if (argv.length === 0) return {};
  const lang =
    argv.length === 2 && argv[0] === "--lang"
      ? argv[1]
      : argv.length === 1 && argv[0]?.startsWith("--lang=")
        ? argv[0].slice("--lang=".length)
        : undefined;
  return isLanguage(lang) ? { lang } : undefined;
}

/**
 * The `--lang` of a command line, wherever it stands (`newsquiz stats --lang fr`), when it names
 * a language newsquiz speaks: the interface's language for the whole run, its errors and
 * `--help` included (commander itself refuses a bad one).
 */
export function langFlag(argv: readonly string[]): Language | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--") return;
    if (arg === "--lang") found = argv[i + 1];
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  });
  return isLanguage(found) ? found : undefined;
}
