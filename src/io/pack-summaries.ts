import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import type { Said } from "../core/i18n/msg.js";
import { issueSaid } from "../core/pack/issue.js";
import { discoverPacks, type PackLocation } from "./pack-locations.js";
import { dataDir, installDir } from "./paths.js";
import type { PackSummary } from "./summarise-pack.js";
import { writeFileAtomic } from "./write-atomic.js";

export type { PackSummary };

interface CacheFile {
  v: typeof CACHE_VERSION;
  /** The newsquiz version that wrote it: another version may count questions differently. */
  app: string;
  entries: Record<string, { size: number; mtimeMs: number; summary: PackSummary }>;
}

// 2: `error` became a message key and its variables. A cache another version wrote is not read.
const CACHE_VERSION = 2;

/** Where the build leaves the summaries of the built-in packs, keyed by folder and hash of their text. */
export const BUILTIN_SUMMARIES = "dist/pack-summaries.json";

/** A pack's id defaults to its folder's name, so the folder is part of what a summary depends on. */
export function prebuiltKey(folder: string, hash: string): string {
  return `${folder}:${hash}`;
}

/**
 * The hash a LoadedPack carries: the first 16 hex digits of the SHA-256 of the pack's text.
 * node:crypto is loaded on first need: a home screen whose summaries are cached hashes nothing.
 */
export async function textHash(text: string | Uint8Array): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/**
 * Every pack found, summarised. Parsing and validating a pack (YAML, zod, generation) costs more
 * than the rest of the first screen, so summaries are cached in the user's folder, keyed by file,
 * size and modification time: the home screen parses only the packs that changed. A cache that
 * cannot be read or written is ignored. The built-in packs are summarised at build time, keyed by
 * the hash of their text, so that even the first start parses nothing. The parser is only loaded
 * when a pack must be parsed.
 */
export async function listPackSummaries(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<PackSummary[]> {
  const cacheFile = join(dataDir(env), "cache", "pack-summaries.json");
  const cache = readCache(cacheFile);
  const fresh: CacheFile = { v: CACHE_VERSION, app: pkg.version, entries: {} };
  let prebuilt: Record<string, PackSummary> | undefined;
  let changed = false;
  const summaries: PackSummary[] = [];
  for (const location of discoverPacks(cwd, env)) {
    summaries.push(await summaryOf(location));
  }
  if (changed || Object.keys(fresh.entries).length !== Object.keys(cache.entries).length) {
    writeCache(cacheFile, fresh);
  }
  return summaries;

  async function prebuiltSummary(location: PackLocation): Promise<PackSummary | undefined> {
    prebuilt ??= readJson<Record<string, PackSummary>>(join(installDir(), BUILTIN_SUMMARIES)) ?? {};
    let text: Buffer;
    try {
      text = readFileSync(location.file);
    } catch {
      return undefined;
    }
    const hash = await textHash(text);
    const summary = prebuilt[prebuiltKey(location.id, hash)];
    return summary && { ...summary, file: location.file, origin: location.origin };
  }

  async function summaryOf(location: PackLocation): Promise<PackSummary> {
    let stat: { size: number; mtimeMs: number };
    try {
      stat = statSync(location.file);
    } catch {
      return broken(location, { key: "home.cannot-read" });
    }
    const hit = cache.entries[location.file];
    if (
      hit &&
      hit.size === stat.size &&
      hit.mtimeMs === stat.mtimeMs &&
      hit.summary.origin === location.origin
    ) {
      fresh.entries[location.file] = hit;
      return hit.summary;
    }
    changed = true;
    const known = await prebuiltSummary(location);
    if (known) {
      fresh.entries[location.file] = { size: stat.size, mtimeMs: stat.mtimeMs, summary: known };
      return known;
    }
    const [{ loadPackAt }, { summarisePack }] = await Promise.all([
      import("./packs.js"),
      import("./summarise-pack.js"),
    ]);
    const { packs, errors } = loadPackAt(location, cwd);
    const loaded = packs[0];
    if (!loaded) {
      return broken(location, errors[0] ? issueSaid(errors[0]) : { key: "error.invalid-pack" });
    }
    const summary = summarisePack(location, loaded.pack, loaded.hash);
    fresh.entries[location.file] = { size: stat.size, mtimeMs: stat.mtimeMs, summary };
    return summary;
  }
}

function broken(location: PackLocation, error: Said): PackSummary {
  return {
    id: location.id,
    file: location.file,
    origin: location.origin,
    title: location.id,
    language: "en",
    description: "",
    questions: 0,
    keywords: [],
    hash: "",
    error,
  };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // Missing or unreadable: the caller starts afresh.
    return undefined;
  }
}

function readCache(file: string): CacheFile {
  const data = readJson<CacheFile>(file);
  if (data?.v === CACHE_VERSION && data.app === pkg.version && typeof data.entries === "object") {
    return data;
  }
  return { v: CACHE_VERSION, app: pkg.version, entries: {} };
}

function writeCache(file: string, data: CacheFile): void {
  try {
    writeFileAtomic(file, JSON.stringify(data));
  } catch {
    // A read-only home only costs the next start a parse.
  }
}
