import { build } from "esbuild";
import { startupPatches } from "./startup-patches.mjs";

const r = await build({
  entryPoints: { cli: "src/bin.ts" },
  outdir: "/tmp/sp/dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  jsx: "automatic",
  external: ["react-devtools-core"],
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "error",
  plugins: [startupPatches()],
  metafile: true,
  write: false,
});
const inputs = r.metafile.inputs;
// BFS from entry over static imports only, find path to target
const [from, target] = process.argv.slice(2);
const prev = new Map([[from, null]]);
const q = [from];
while (q.length) {
  const f = q.shift();
  for (const i of inputs[f]?.imports ?? []) {
    if (i.kind !== "import-statement") continue;
    if (!prev.has(i.path)) {
      prev.set(i.path, f);
      q.push(i.path);
    }
  }
}
for (const t of [...prev.keys()].filter((k) => k.includes(target)).slice(0, 1)) {
  const path = [];
  let c = t;
  while (c) {
    path.push(c);
    c = prev.get(c);
  }
  console.log(path.reverse().join("\n -> "));
}
