import { build, type Metafile } from "esbuild";
// @ts-expect-error: a build script, plain JavaScript
import { CLI_BUNDLE } from "../../scripts/bundle-options.mjs";

/** The bundle's metafile: which source imports which, and how (statically or when it runs). */
export async function bundleMeta(): Promise<Metafile> {
  const result = await build({ ...CLI_BUNDLE, write: false, metafile: true, logLevel: "silent" });
  return result.metafile ?? { inputs: {}, outputs: {} };
}

/** The modules a start loads before it runs anything: what `from` imports statically. */
export function staticClosure(meta: Metafile, from: string[]): Map<string, string | undefined> {
  const reachedFrom = new Map<string, string | undefined>(from.map((f) => [f, undefined]));
  const queue = [...from];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of meta.inputs[file]?.imports ?? []) {
      if (imported.kind !== "import-statement" || reachedFrom.has(imported.path)) continue;
      reachedFrom.set(imported.path, file);
      queue.push(imported.path);
    }
  }
  return reachedFrom;
}

/** How `file` is reached, one import after the other, for a failure that says what to cut. */
export function chain(reachedFrom: Map<string, string | undefined>, file: string): string {
  const steps = [file];
  for (let at = reachedFrom.get(file); at !== undefined; at = reachedFrom.get(at)) steps.push(at);
  return steps.reverse().join(" → ");
}
