// Bundles the command line into dist/: one file to start from, plus chunks loaded on demand
// (the quiz screens, the extractor), so that each command parses only the code it runs.
import { chmodSync, readFileSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

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
  plugins: [yogaWithoutFetch()],
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

/**
 * Ink's layout engine (yoga, compiled by emscripten) checks `typeof fetch` before reading its
 * inlined wasm; on Node 20 that one check loads the whole undici HTTP client, about a fifth of
 * the start-up time. A local `fetch` in that module alone answers the check without it.
 */
function yogaWithoutFetch() {
  return {
    name: "yoga-without-fetch",
    setup(b) {
      b.onLoad({ filter: /yoga-layout[\\/].*yoga-wasm-base64-esm\.js$/ }, (args) => ({
        contents: `var fetch;\n${readFileSync(args.path, "utf8")}`,
        loader: "js",
      }));
    },
  };
}
