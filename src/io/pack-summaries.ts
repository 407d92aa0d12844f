import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Language, Pack } from "../core/facts/model.js";
import { generateQuestions } from "../core/generate/index.js";
import { formatIssue } from "../core/pack/issue.js";
import { discoverPacks, loadPackAt, type PackLocation, type PackOrigin } from "./packs.js";
import { dataDir } from "./paths.js";

/** What the home screen shows of a pack, without keeping the pack itself. */
export interface PackSummary {
  id: string;
  file: string;
  origin: PackOrigin;
  title: string;
  language: Language;
  description: string;
  questions: number;
  /** Names of the people and organisations, so that the filter finds a pack by who is in it. */
  keywords: string[];
  hash: string;
  /** The first problem of a pack that does not load. */
  error?: string;
}

interface CacheFile {
  v: 1;
  entries: Record<string, { size: number; mtimeMs: number; summary: PackSummary }>;
}

const CACHE_VERSION = 1;

/** Summarises a loaded pack: the playable question count comes from the generator itself. */
export function summarisePack(location: PackLocation, pack: Pack, hash: string): PackSummary {
  return {
    id: pack.id,
    file: location.file,
    origin: location.origin,
    title: pack.title,
    language: pack.language,
    description: pack.description ?? "",
    questions: generateQuestions(pack, { seed: 0 }).length,
    keywords: pack.entities.slice(0, 60).map((e) => e.name),
    hash,
  };
}

/**
 * Every pack found, summarised. Parsing and validating a pack (YAML, zod, generation) costs more
 * than the rest of the first screen, so summaries are cached in the user's folder, keyed by file,
 * size and modification time: the home screen parses only the packs that changed. A cache that
 * cannot be read or written is ignored.
 */
export function listPackSummaries(cwd: string, env: NodeJS.ProcessEnv): PackSummary[] {
  const cacheFile = join(dataDir(env), "cache", "pack-summaries.json");
  const cache = readCache(cacheFile);
  const fresh: CacheFile = { v: CACHE_VERSION, entries: {} };
  let changed = false;
  const summaries = discoverPacks(cwd, env).map((location) => {
    let stat: { size: number; mtimeMs: number };
    try {
      stat = statSync(location.file);
    } catch {
      return broken(location, "cannot read");
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
    const { packs, errors } = loadPackAt(location, cwd);
    const loaded = packs[0];
    if (!loaded) return broken(location, errors[0] ? formatIssue(errors[0]) : "invalid pack");
    const summary = summarisePack(location, loaded.pack, loaded.hash);
    fresh.entries[location.file] = { size: stat.size, mtimeMs: stat.mtimeMs, summary };
    return summary;
  });
  if (changed || Object.keys(fresh.entries).length !== Object.keys(cache.entries).length) {
    writeCache(cacheFile, fresh);
  }
  return summaries;
}

function broken(location: PackLocation, error: string): PackSummary {
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

function readCache(file: string): CacheFile {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    if (data.v === CACHE_VERSION && data.entries && typeof data.entries === "object") return data;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return { v: CACHE_VERSION, entries: {} };
}

function writeCache(file: string, data: CacheFile): void {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
  } catch {
    // A read-only home only costs the next start a parse.
  }
}
