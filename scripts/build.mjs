// Bundles the command line into dist/: one file to start from, plus chunks loaded on demand
// (the quiz screens, the extractor), so that each command parses only the code it runs.
import { chmodSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { startupPatches } from "./startup-patches.mjs";

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  jsx: "automatic",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  external: ["react-devtools-core"],
  define: { "process.env.NODE_ENV": '"production"' },
  banner: {
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __newsquizRequire } from "node:module";',
      "const require = __newsquizRequire(import.meta.url);",
    ].join("\n"),
  },
  logLevel: "warning",
  plugins: [startupPatches()],
});
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
