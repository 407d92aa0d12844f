import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { frame, KEY, press, renderApp } from "../helpers/ink.js";

afterEach(() => cleanup());

// tests/fixtures/packs/cloze: three blanks, a choice (1. longest), a typed text (*Atlantic*, or
// "sea" for half), and a number worth two marks (1006 ± 20); choices are not shuffled.
describe("a cloze question in the full screen", () => {
  it("shows every blank, fills each with the keys of its kind, and scores them by their marks", async () => {
    const { app, progress } = await renderApp({ pack: "tests/fixtures/packs/cloze", lang: "en" });
    expect(frame(app)).toContain("The Loire is the [1] river of France; it flows into the [2]");
    expect(frame(app)).toContain("› [1] ?");
    expect(frame(app)).toContain("1. longest");
    // a digit picks the choice of the blank under the cursor; ↓ goes to the next blank
    await press(app, "2", KEY.down);
    expect(frame(app)).toContain("[1] shortest");
    expect(frame(app)).toContain("› [2] ▏");
    // letters are typed in a typed blank, q and s included; ↓ still moves on
    await press(app, "s", "e", "a", KEY.down, "1", "0", "0", "9");
    expect(frame(app)).toContain("[2] sea");
    expect(frame(app)).toContain("› [3] 1009▏");
    await press(app, KEY.enter);
    // (0 × 1 + 0.5 × 1 + 1 × 2) / 4
    expect(frame(app)).toContain("◐ Partly right (63%)");
    expect(frame(app)).toContain("Your answer: [1] shortest · [2] sea · [3] 1,009");
    expect(frame(app)).toContain("[1] longest");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Score: 0.63/1 (63%)");
    expect(progress.answers.map((a) => [a.question, a.score])).toEqual([["loire", 0.625]]);
  });

  it("goes back to a blank with ↑ and skips a question left empty with Enter", async () => {
    const { app } = await renderApp({ pack: "tests/fixtures/packs/cloze", lang: "en" });
    await press(app, KEY.down, KEY.up);
    expect(frame(app)).toContain("› [1] ?");
    await press(app, KEY.enter);
    // A skip shows the right answer, blank by blank, as a miss does.
    expect(frame(app)).toContain("→ Skipped");
    expect(frame(app)).toContain("  [2] Atlantic");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Results");
    expect(frame(app)).toContain("Score: 0/1 (0%)");
  });
});
