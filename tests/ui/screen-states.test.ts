import { describe, expect, it } from "vitest";
import { INITIAL_SEARCH, searchReducer } from "../../src/ui/screens/overlays/search-state.js";
import { countOptions } from "../../src/ui/screens/pack/pack-lines.js";
import {
  initialPackState,
  type PackState,
  packReducer,
} from "../../src/ui/screens/pack/pack-state.js";
import { scrollMoved, scrollTop } from "../../src/ui/use-scroll.js";

// The pack, search and scroll states, without rendering a screen.

describe("the pack screen's state", () => {
  it("opens on the first section with a quiz of ten, or of every question when fewer", () => {
    expect(countOptions(25)).toEqual([5, 10, 20, 25]);
    expect(initialPackState(25, false)).toEqual({
      tab: 0,
      count: 1,
      difficulty: undefined,
      certainty: false,
    });
    expect(countOptions(7)).toEqual([5, 7]);
    expect(initialPackState(7, true).count).toBe(1);
    expect(initialPackState(0, true).count).toBe(0);
  });

  it("cycles the sections both ways, the counts, the difficulties and certainty", () => {
    const start = initialPackState(25, false);
    const apply = (state: PackState, ...actions: Parameters<typeof packReducer>[1][]) =>
      actions.reduce(packReducer, state);
    expect(apply(start, { type: "tab", delta: -1 }).tab).toBe(4);
    expect(apply(start, { type: "tab", delta: 1 }, { type: "tab", delta: 1 }).tab).toBe(2);
    const counted = apply(start, { type: "count", options: 4 }, { type: "count", options: 4 });
    expect(counted.count).toBe(3);
    expect(apply(counted, { type: "count", options: 4 }).count).toBe(0);
    const hard = apply(start, { type: "difficulty" }, { type: "difficulty" });
    expect(hard.difficulty).toBe("hard");
    expect(apply(hard, { type: "difficulty" }).difficulty).toBeUndefined();
    expect(apply(start, { type: "certainty" }).certainty).toBe(true);
  });
});

describe("the search's state", () => {
  it("types and erases whole characters, back on the best match each time", () => {
    const typed = searchReducer(searchReducer(INITIAL_SEARCH, { type: "type", text: "Alt" }), {
      type: "type",
      text: "mé",
    });
    expect(typed).toEqual({ query: "Altmé", cursor: 0 });
    const moved = searchReducer(typed, { type: "move", delta: 2, count: 5 });
    expect(moved.cursor).toBe(2);
    expect(searchReducer(moved, { type: "erase" })).toEqual({ query: "Altm", cursor: 0 });
  });

  it("keeps the cursor among the results found, and a notice until it moves", () => {
    const at = (cursor: number) => ({ ...INITIAL_SEARCH, query: "x", cursor });
    expect(searchReducer(at(1), { type: "move", delta: 10, count: 4 }).cursor).toBe(3);
    expect(searchReducer(at(1), { type: "move", delta: -10, count: 4 }).cursor).toBe(0);
    // Fewer results than before: the cursor moves from the last one shown.
    expect(searchReducer(at(7), { type: "move", delta: -1, count: 3 }).cursor).toBe(1);
    expect(searchReducer(at(0), { type: "move", delta: 1, count: 0 }).cursor).toBe(0);
    const told = searchReducer(at(1), { type: "nothing-to-ask" });
    expect(told.notice).toBe("search.nothing-to-ask");
    expect(searchReducer(told, { type: "move", delta: 1, count: 4 }).notice).toBeUndefined();
  });
});

describe("the shared scroll", () => {
  it("moves within the body, and ↑ answers at once after too many ↓", () => {
    let state = { top: 0 };
    for (let i = 0; i < 8; i++) state = scrollMoved(state, 5, 1);
    expect(state.top).toBe(5);
    expect(scrollMoved(state, 5, -1).top).toBe(4);
    expect(scrollMoved(state, 5, -1_000_000).top).toBe(0);
  });

  it("stays within a body that shrank, and starts at the top of another one", () => {
    expect(scrollTop({ top: 9 }, 4)).toBe(4);
    expect(scrollTop({ top: 9, from: "tab 1" }, 20, "tab 1")).toBe(9);
    expect(scrollTop({ top: 9, from: "tab 1" }, 20, "tab 2")).toBe(0);
    expect(scrollMoved({ top: 9, from: "tab 1" }, 20, 1, "tab 2")).toEqual({
      top: 1,
      from: "tab 2",
    });
    expect(scrollTop({ top: 3 }, -2)).toBe(0);
  });
});
