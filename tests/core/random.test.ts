import { describe, expect, it } from "vitest";
import { createRandom, hashText, seedFrom } from "../../src/core/random.js";

describe("seeded randomness", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect([a.next(), a.next(), a.int(10)]).toEqual([b.next(), b.next(), b.int(10)]);
    expect(createRandom(7).shuffle([1, 2, 3, 4, 5])).toEqual(
      createRandom(7).shuffle([1, 2, 3, 4, 5]),
    );
    expect(createRandom(7).shuffle([1, 2, 3, 4, 5])).not.toEqual(
      createRandom(8).shuffle([1, 2, 3, 4, 5]),
    );
  });

  it("shuffles without losing or duplicating items", () => {
    const shuffled = createRandom(1).shuffle(["a", "b", "c", "d"]);
    expect([...shuffled].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("hashes text to a stable id", () => {
    expect(hashText("eviction-altman/who")).toBe(hashText("eviction-altman/who"));
    expect(hashText("a")).not.toBe(hashText("b"));
    expect(seedFrom("q", 1)).toBe(seedFrom("q", 1));
  });
});
