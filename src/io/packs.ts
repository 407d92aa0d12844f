import { createHash } from "node:crypto";
import { dirname, isAbsolute, relative } from "node:path";
import type { Pack } from "../core/facts/model.js";
import { issueSaid, type PackIssue } from "../core/pack/issue.js";
import { MAX_PACK_BYTES, parsePack } from "../core/pack/parse.js";
import { UserError } from "../errors.js";
import { packFileCheck } from "./pack-files.js";
import { locatePack, type PackLocation, type PackOrigin } from "./pack-locations.js";
import { readTextFile } from "./read-text.js";

export type { PackLocation, PackOrigin } from "./pack-locations.js";
// Finding packs needs no parser: it lives apart, so that the home screen lists packs without
// loading YAML and zod.
export { discoverPacks, locatePack, packRoots } from "./pack-locations.js";

/** A pack read from disk: the validated pack, where it lives, and a hash of its text. */
export interface LoadedPack {
  pack: Pack;
  file: string;
  dir: string;
  /** Changes whenever the pack file changes; progress uses it to know a pack was edited. */
  hash: string;
  origin: PackOrigin;
}

export interface LoadResult {
  packs: LoadedPack[];
  errors: PackIssue[];
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
  const { pack, errors } = parsePack(
    text,
    shown,
    location.id,
    packFileCheck(dirname(location.file)),
  );
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
  const lines = errors.map(issueSaid);
  if (lines[0] === undefined) return new UserError("error.invalid-pack");
  return new UserError(lines[0].key, lines[0].vars, lines.slice(1));
}

/** A path as the user would type it: relative to where they are when it is below it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
