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
const [from, target] = process.argv.slice(2);
const closure = new Set([from]);
const q = [from];
while (q.length) {
  const f = q.shift();
  for (const i of inputs[f]?.imports ?? []) {
    if (i.kind !== "import-statement") continue;
    if (!closure.has(i.path)) {
      closure.add(i.path);
      q.push(i.path);
    }
  }
}
// modules that reach target
const reach = new Map();
const reaches = (f, seen = new Set()) => {
  if (reach.has(f)) return reach.get(f);
  if (f.includes(target)) return true;
  if (seen.has(f)) return false;
  seen.add(f);
  let r = false;
  for (const i of inputs[f]?.imports ?? []) {
    if (i.kind !== "import-statement") continue;
    if (reaches(i.path, seen)) {
      r = true;
    }
  }
  reach.set(f, r);
  return r;
};
for (const f of closure)
  if (f.startsWith("src/") && reaches(f)) {
    const direct = inputs[f].imports
      .filter(
        (i) =>
          i.kind === "import-statement" &&
          (i.path.includes(target) || (!i.path.startsWith("src/") ? false : reaches(i.path))),
      )
      .map((i) => i.path);
    console.log(
      f,
      "=>",
      direct.filter((p) => p.startsWith("src/") || p.includes(target)).join(", "),
    );
  }
