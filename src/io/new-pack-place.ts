import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { builtinPacksDir, userPacksDir } from "./paths.js";

/** Where new packs go: `./questions/` when the current folder has one, else the user's packs folder. */
export function newPacksDir(cwd: string, env: NodeJS.ProcessEnv): string {
  const local = join(cwd, "questions");
  return existsSync(local) && statSync(local).isDirectory() ? local : userPacksDir(env);
}

/**
 * The `$schema` a pack file points at: the built-in questions/pack.schema.json, by a relative path
 * when the pack lives in the same tree as newsquiz (its own questions/ folder), else by a file URL
 * of the installed schema, which editors open wherever the pack is.
 */
export function schemaRefFor(packFile: string): string {
  const schema = join(builtinPacksDir(), "pack.schema.json");
  const rel = relative(dirname(packFile), schema);
  if (!rel.startsWith(`..${sep}..${sep}`) && rel.startsWith("..")) return rel.split(sep).join("/");
  return pathToFileURL(schema).href;
}
