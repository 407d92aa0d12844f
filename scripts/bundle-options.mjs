import { startupPatches } from "./startup-patches.mjs";

/**
 * How the command line is bundled into dist/: one file to start from, plus chunks loaded on
 * demand (the quiz's code, the extractor, each command), so that each command parses only the
 * code it runs. tests/build/home-closure.test.ts bundles with the same options to check what
 * the home screen loads.
 */
export const CLI_BUNDLE = {
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
};
