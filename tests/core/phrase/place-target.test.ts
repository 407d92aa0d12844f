import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { storyPack } from "../../helpers/packs.js";

// "Vega closed the United Kingdom" is not what a source says of stores closed there: a place
// is no target of a closure, a hiring or an acquisition, and such an event is not told.
const pack = storyPack(
  "en",
  `entities:
  - { id: vega, name: Vega, kind: organisation }
  - { id: orbis, name: Orbis, kind: organisation }
  - { id: uk, name: the United Kingdom, kind: place }
  - { id: lyon, name: Lyon, kind: place }
events:
  - { id: uk-closed, type: closure, actor: vega, target: uk, date: 2024-03-14, sources: [gazette] }
  - { id: orbis-bought, type: acquisition, actor: vega, target: orbis, date: 2024-03-12, sources: [gazette] }
  - { id: lyon-invest, type: investment, actor: vega, target: lyon, date: 2024-03-11, sources: [gazette] }
`,
);

describe("a place as an event's target", () => {
  const { questions } = createGenerator(pack).generate({ seed: 1 });
  const told = new Set(questions.flatMap((q) => q.facts ?? []));

  it("tells no closure of a place, and still tells what was bought and where it invested", () => {
    expect(told.has("uk-closed")).toBe(false);
    expect(told.has("orbis-bought")).toBe(true);
    expect(told.has("lyon-invest")).toBe(true);
  });
});
