// Summarises the built-in packs at build time (see listPackSummaries): bundled and run by
// scripts/build.mjs, it writes dist/pack-summaries.json, keyed by the hash of each pack's text.
import { writeFileSync } from "node:fs";
import { discoverPacks } from "../src/io/pack-locations.js";
import { type PackSummary, prebuiltKey } from "../src/io/pack-summaries.js";
import { loadPackAt } from "../src/io/packs.js";
import { builtinPacksDir } from "../src/io/paths.js";
import { summarisePack } from "../src/io/summarise-pack.js";

/** Writes the summaries of the packs under questions/ to `file`. */
export function writeBuiltinSummaries(file: string): number {
  const table: Record<string, PackSummary> = {};
  const env = { NEWSQUIZ_HOME: "/nonexistent-newsquiz-build" };
  for (const location of discoverPacks(builtinPacksDir(), env)) {
    if (location.origin === "user") continue;
    const loaded = loadPackAt({ ...location, origin: "builtin" }, builtinPacksDir()).packs[0];
    if (loaded)
      table[prebuiltKey(location.id, loaded.hash)] = summarisePack(
        { ...location, origin: "builtin" },
        loaded.pack,
        loaded.hash,
      );
  }
  writeFileSync(file, `${JSON.stringify(table)}\n`);
  return Object.keys(table).length;
}
