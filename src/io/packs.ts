import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Pack } from "../core/facts/model.js";
import { formatIssue, type PackIssue } from "../core/pack/issue.js";
import { MAX_PACK_BYTES, parsePack } from "../core/pack/parse.js";
import { UserError } from "../errors.js";
import { builtinPacksDir, userPacksDir } from "./paths.js";
import { readTextFile } from "./read-text.js";

/** A pack read from disk: the validated pack, where it lives, and a hash of its text. */
export interface LoadedPack {
  pack: Pack;
  file: string;
  dir: string;
  /** Changes whenever the pack file changes; progress uses it to know a pack was edited. */
  hash: string;
  origin: PackOrigin;
}

export type PackOrigin = "project" | "user" | "builtin" | "path";

export interface PackLocation {
  id: string;
  file: string;
  origin: PackOrigin;
}

export interface LoadResult {
  packs: LoadedPack[];
  errors: PackIssue[];
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
    if (!existsSync(file)) throw new UserError(`${ref}: no ${PACK_FILE} in this folder`);
    return { id: basename(dirname(file)), file, origin: "path" };
  }
  for (const root of packRoots(cwd, env)) {
    const file = join(root.dir, ref, PACK_FILE);
    if (existsSync(file)) return { id: ref, file, origin: root.origin };
  }
  const known = discoverPacks(cwd, env).map((p) => p.id);
  throw new UserError(
    `no pack named "${ref}"; expected a pack id${known.length ? ` (${known.join(", ")})` : ""} or the path of a ${PACK_FILE}`,
  );
}

/** Reads and validates one pack; problems come back as issues, never thrown. */
export function loadPackAt(location: PackLocation, cwd: string): LoadResult {
  const shown = displayPath(location.file, cwd);
  let text: string;
  try {
    text = readTextFile(location.file, shown, MAX_PACK_BYTES);
  } catch (error) {
    const message = (error as Error).message.replace(`${shown}: `, "");
    return { packs: [], errors: [{ file: shown, line: 1, col: 1, message }] };
  }
  const { pack, errors } = parsePack(text, shown, location.id);
  if (!pack) return { packs: [], errors };
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  return {
    packs: [
      { pack, file: location.file, dir: dirname(location.file), hash, origin: location.origin },
    ],
    errors: [],
  };
}

/** Loads every named pack; one broken pack never hides the others. */
export function loadPacks(
  refs: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): LoadResult {
  const result: LoadResult = { packs: [], errors: [] };
  for (const ref of refs) {
    let location: PackLocation;
    try {
      location = locatePack(ref, cwd, env);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      result.errors.push({ file: ref, line: 0, col: 0, message: error.message });
      continue;
    }
    const one = loadPackAt(location, cwd);
    result.packs.push(...one.packs);
    result.errors.push(...one.errors);
  }
  return result;
}

/** Loads one pack, or throws a UserError carrying every issue found in it. */
export function loadPack(ref: string, cwd: string, env: NodeJS.ProcessEnv): LoadedPack {
  const { packs, errors } = loadPackAt(locatePack(ref, cwd, env), cwd);
  const loaded = packs[0];
  if (!loaded) throw invalidPackError(errors);
  return loaded;
}

export function invalidPackError(errors: readonly PackIssue[]): UserError {
  const lines = errors.map(formatIssue);
  return new UserError(lines[0] ?? "invalid pack", 1, lines.slice(1));
}

/** A path as the user would type it: relative to where they are when it is below it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
