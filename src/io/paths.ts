import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import envPaths from "env-paths";

/** The user's newsquiz folder: `NEWSQUIZ_HOME` when set, else the platform's data folder. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSQUIZ_HOME || envPaths("newsquiz", { suffix: "" }).data;
}

/** Where packs the user added live, outside any project: `<data>/packs/<id>/pack.yaml`. */
export function userPacksDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), "packs");
}

let installRoot: string | undefined;

/**
 * The folder newsquiz is installed in (the one holding its package.json and the built-in
 * `questions/`), found from this file whether it runs bundled in dist/ or from src/.
 */
export function installDir(): string {
  if (installRoot) return installRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "questions"))) break;
    dir = dirname(dir);
  }
  installRoot = dir;
  return dir;
}

/** The packs shipped with newsquiz. */
export function builtinPacksDir(): string {
  return join(installDir(), "questions");
}

/** The pack a bare `newsquiz` opens when none is named. */
export const BUILTIN_PACK_ID = "openai-2023-11";
