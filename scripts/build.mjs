// Bundles the command line into dist/: one file to start from, plus chunks loaded on demand
// (the quiz screens, the extractor), so that each command parses only the code it runs.
import { chmodSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { CLI_BUNDLE } from "./bundle-options.mjs";

rmSync("dist", { recursive: true, force: true });
await build(CLI_BUNDLE);
chmodSync("dist/cli.js", 0o755);

// The built-in packs' summaries, so that the first home screen parses no YAML (pack-summaries.ts).
await build({
  entryPoints: ["scripts/pack-summaries.ts"],
  outfile: "dist/.build/pack-summaries.mjs",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const { writeBuiltinSummaries } = await import(
  pathToFileURL("dist/.build/pack-summaries.mjs").href
);
writeBuiltinSummaries("dist/pack-summaries.json");
rmSync("dist/.build", { recursive: true, force: true });
