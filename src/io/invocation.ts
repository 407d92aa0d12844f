import { basename, isAbsolute, relative } from "node:path";

/**
 * How the reader ran newsquiz, as a command to type again, for the lines that name one (« Quiz
 * left: "npm start -- play --resume" takes it up again »): `npm start --` under `npm start`
 * (npm sets npm_lifecycle_event to the script's name and npm_lifecycle_script to its command),
 * `npx newsquiz` under npx (npm_command exec, running newsquiz), `newsquiz` when run by that name
 * (a bin on the PATH), else `node` and the script's path from the current folder
 * (`node dist/cli.js`). npm's variables are only believed when the command they name is
 * newsquiz's: a newsquiz started from within another npm script (a test run) inherits them.
 */
export function commandName(
  env: NodeJS.ProcessEnv,
  script: string | undefined,
  cwd: string,
): string {
  const npmRan = env.npm_lifecycle_script ?? "";
  if (env.npm_lifecycle_event === "start" && /\bcli\.js\b|\bnewsquiz\b/.test(npmRan)) {
    return "npm start --";
  }
  if (env.npm_command === "exec" && /^'?newsquiz\b/.test(npmRan)) return "npx newsquiz";
  if (!script) return "newsquiz";
  const name = basename(script).replace(/\.(cmd|ps1|exe)$/i, "");
  if (name === "newsquiz") return "newsquiz";
  const path = isAbsolute(script) ? relative(cwd, script) : script;
  // A script far from here reads better as the absolute path it is.
  const shown = path.startsWith("../..") ? script : path;
  return `node ${/\s/.test(shown) ? `'${shown}'` : shown}`;
}
