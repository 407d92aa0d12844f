import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../errors.js";
import { builtinPacksDir, userPacksDir } from "./paths.js";

export type PackOrigin = "project" | "user" | "builtin" | "path";

export interface PackLocation {
  id: string;
  file: string;
  origin: PackOrigin;
}

const PACK_FILE = "pack.yaml";

/** The folders searched for packs by id, in order: the project, the user's, the built-in ones. */
export function packRoots(
  cwd: string,
  env: NodeJS.ProcessEnv,
): { dir: string; origin: PackOrigin }[] {
  const roots: { dir: string; origin: PackOrigin }[] = [
    { dir: join(cwd, "questions"), origin: "project" },
    { dir: userPacksDir(env), origin: "user" },
    { dir: builtinPacksDir(), origin: "builtin" },
  ];
  const seen = new Set<string>();
  return roots.filter((r) => {
    const key = resolve(r.dir);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every pack folder found in the roots, first root winning when two share an id. */
export function discoverPacks(cwd: string, env: NodeJS.ProcessEnv): PackLocation[] {
  const found = new Map<string, PackLocation>();
  for (const root of packRoots(cwd, env)) {
    let names: string[];
    try {
      names = readdirSync(root.dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(root.dir, name, PACK_FILE);
      if (!found.has(name) && existsSync(file))
        found.set(name, { id: name, file, origin: root.origin });
    }
  }
  return [...found.values()];
}

/**
 * Where the pack named `ref` lives: a path to a pack.yaml or its folder, else an id looked up in
 * the roots. Throws a UserError listing the known ids when there is no such pack.
 */
export function locatePack(ref: string, cwd: string, env: NodeJS.ProcessEnv): PackLocation {
  const asPath = resolve(cwd, ref);
  if (existsSync(asPath)) {
    const file = statSync(asPath).isDirectory() ? join(asPath, PACK_FILE) : asPath;
    if (!existsSync(file)) throw new UserError("error.no-pack-file", { ref, file: PACK_FILE });
    return { id: basename(dirname(file)), file, origin: "path" };
  }
  for (const root of packRoots(cwd, env)) {
    const file = join(root.dir, ref, PACK_FILE);
    if (existsSync(file)) return { id: ref, file, origin: root.origin };
  }
  const known = discoverPacks(cwd, env).map((p) => p.id);
  throw known.length
    ? new UserError("error.no-pack-known", { ref, known: known.join(", "), file: PACK_FILE })
    : new UserError("error.no-pack", { ref, file: PACK_FILE });
}
