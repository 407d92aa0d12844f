import { describe, expect, it } from "vitest";
import { bundleMeta, chain, staticClosure } from "../helpers/static-closure.js";

describe("the command line's start-up", () => {
  // Every command's definition is loaded to start (`--help`, commander's parsing): the --format
  // choices come from each interchange format's about.ts, and its reader and writer only when
  // import or export runs. A static import that drags one in fails here, with the chain to cut.
  it("loads each interchange format's about.ts, and none of its readers or writers", async () => {
    const reached = staticClosure(await bundleMeta(), ["src/bin.ts", "src/cli.ts"]);
    const interchange = [...reached.keys()].filter((f) => f.startsWith("src/core/interchange/"));
    const light =
      /^src\/core\/interchange\/(registry|format|tab-separated)\.ts$|\/(about|header)\.ts$/;
    expect(interchange.filter((f) => !light.test(f)).map((f) => chain(reached, f))).toEqual([]);
    expect(interchange.filter((f) => f.endsWith("/about.ts")).sort()).toEqual([
      "src/core/interchange/aiken/about.ts",
      "src/core/interchange/anki/about.ts",
      "src/core/interchange/gift/about.ts",
      "src/core/interchange/json/about.ts",
      "src/core/interchange/xml/about.ts",
    ]);
  });
});
