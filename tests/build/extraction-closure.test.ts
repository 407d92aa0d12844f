import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/core/i18n/language.js";
import { bundleMeta, chain, staticClosure } from "../helpers/static-closure.js";

describe("each language's extraction.ts", () => {
  // languages/extractions.ts awaits every language's extraction.ts at its top level: were one of
  // them to import it back, statically and through any number of modules, each would wait for the
  // other and `newsquiz add` would hang without a word. Fails with the chain to cut.
  it("never loads the module that loads it", async () => {
    const meta = await bundleMeta();
    const loops = LANGUAGES.flatMap((code) => {
      const folder = `src/core/languages/${code}/extraction.ts`;
      const reached = staticClosure(meta, [folder]);
      return ["src/core/languages/extractions.ts", "src/core/extract/index.ts"]
        .filter((loader) => reached.has(loader))
        .map((loader) => chain(reached, loader));
    });
    expect(loops).toEqual([]);
  });

  it("is in the bundle for every language, as its own chunk", async () => {
    const { inputs, outputs } = await bundleMeta();
    for (const code of LANGUAGES)
      expect(Object.keys(inputs)).toContain(`src/core/languages/${code}/extraction.ts`);
    const entries = Object.values(outputs).filter((o) =>
      /^src\/core\/languages\/[^/]+\/extraction\.ts$/.test(o.entryPoint ?? ""),
    );
    expect(entries.length).toBe(LANGUAGES.length);
  });
});
