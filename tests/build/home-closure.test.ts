import { describe, expect, it } from "vitest";
import { bundleMeta, chain, staticClosure } from "../helpers/static-closure.js";

describe("the home screen's start-up", () => {
  // The home screen is within its start-up budget (DESIGN.md) only while it parses no more than
  // it draws: the pack parser, the question model and the article readers come with the first
  // pack opened (the extractor's confidence threshold, a constant, is all of extract/ it
  // needs; of a language's folder, never its extraction.ts nor its extract/). A static import
  // that drags one back in fails here, with the chain to cut.
  it("loads no parser, no question model and no article reader", async () => {
    const reached = staticClosure(await bundleMeta(), ["src/bin.ts", "src/commands/home/run.ts"]);
    const heavy =
      /node_modules\/(zod|yaml|js-yaml|htmlparser2|fast-xml-parser|linkedom|@mozilla|chrono-node|ts-fsrs)\/|src\/core\/(question\/types\/|generate\/|extract\/(?!threshold\.ts)|languages\/(extractions\.ts|[^/]+\/extract))/;
    const loaded = [...reached.keys()].filter((file) => heavy.test(file));
    expect(loaded.map((file) => chain(reached, file)).slice(0, 3)).toEqual([]);
    // And it does draw the home screen: the closure is the real one.
    expect(reached.has("src/ui/screens/home/home-screen.tsx")).toBe(true);
  });
});
