import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript
import { CLI_BUNDLE } from "../../scripts/bundle-options.mjs";

/** The modules a start loads before its first screen: what `src` imports statically. */
function staticClosure(meta: Metafile, from: string[]): Map<string, string | undefined> {
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
function chain(reachedFrom: Map<string, string | undefined>, file: string): string {
  const steps = [file];
  for (let at = reachedFrom.get(file); at !== undefined; at = reachedFrom.get(at)) steps.push(at);
  return steps.reverse().join(" → ");
}

describe("the home screen's start-up", () => {
  // The home screen is within its start-up budget (DESIGN.md) only while it parses no more than
  // it draws: the pack parser, the question model and the article readers come with the first
  // pack opened (the extractor's confidence threshold, a constant, is all of extract/ it
  // needs). A static import that drags one back in fails here, with the chain to cut.
  it("loads no parser, no question model and no article reader", async () => {
    const result = await build({ ...CLI_BUNDLE, write: false, metafile: true, logLevel: "silent" });
    const reached = staticClosure(result.metafile ?? { inputs: {}, outputs: {} }, [
      "src/bin.ts",
      "src/commands/home/run.ts",
    ]);
    const heavy =
      /node_modules\/(zod|yaml|js-yaml|htmlparser2|fast-xml-parser|linkedom|@mozilla|chrono-node|ts-fsrs)\/|src\/core\/(question\/types\/|generate\/|extract\/(?!threshold\.ts))/;
    const loaded = [...reached.keys()].filter((file) => heavy.test(file));
    expect(loaded.map((file) => chain(reached, file)).slice(0, 3)).toEqual([]);
    // And it does draw the home screen: the closure is the real one.
    expect(reached.has("src/ui/screens/home/home-screen.tsx")).toBe(true);
  });
});
