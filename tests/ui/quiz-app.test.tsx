import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EVERY_TYPE, frame, KEY, press, renderApp, resize } from "../helpers/ink.js";

afterEach(() => cleanup());

// A fixture pack of one hand-written question per type, asked in its author's order, in English
// its English ones; choices are shuffled by seed 7: X is choice 1; Sidor, Pachocki and Madry are
// 1, 3 and 4.
describe("the quiz screens", () => {
  it("plays every question type with the keyboard and scores what the answers deserve", async () => {
    const { app, progress, tick } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    expect(frame(app)).toContain("Question 1/7 · Single choice");
    expect(frame(app)).toContain("› 1. X (formerly Twitter)");
    // single: arrows then Enter
    await press(app, KEY.down, KEY.down, KEY.up, KEY.up);
    expect(frame(app)).toContain("› 1. X (formerly Twitter)");
    tick(3000);
    await press(app, KEY.enter);
    expect(frame(app)).toContain("✓ Right");
    expect(frame(app)).toContain("✓ 1. X (formerly Twitter) ← your choice");
    expect(frame(app)).toContain("Sources: the article of November 20, 2023, FredZone");
    await press(app, KEY.enter);
    // multiple: digits tick, Space ticks the row under the cursor, Enter confirms
    expect(frame(app)).toContain("Question 2/7 · Multiple answers");
    await press(app, "1", "3", KEY.down, KEY.space);
    expect(frame(app)).toContain("[x] 1. Szymon Sidor");
    expect(frame(app)).toContain("[x] 4. Aleksander Madry");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("✓ Right");
    await press(app, KEY.enter);
    // true/false: a digit answers at once
    await press(app, "2");
    expect(frame(app)).toContain("✗ Wrong");
    expect(frame(app)).toContain("✓ 1. True");
    expect(frame(app)).toContain("✗ 2. False ← your choice");
    expect(frame(app)).toContain("It did begin in 2016");
    await press(app, KEY.enter);
    // numeric: typed, with the unit beside the field
    await press(app, "7", "1", "9", KEY.enter);
    expect(frame(app)).toContain("✓ Right");
    await press(app, KEY.enter);
    // short: typed with a typo, q and f are letters here
    await press(app, "T", "w", "i", "c", "h", "q", KEY.backspace, KEY.enter);
    expect(frame(app)).toContain("Your answer: Twich");
    expect(frame(app)).toContain("✓ Right");
    await press(app, KEY.enter);
    // matching: digits match the row and move down; rights are 1 chairman, 2 technology, 3 scientist, 4 research
    expect(frame(app)).toContain("a. Mira Murati");
    await press(app, "2", "3", "4", "4", KEY.enter);
    expect(frame(app)).toContain("◐ Partly right (75%)");
    expect(frame(app)).toContain("\n  Jakub Pachocki → director of research");
    await press(app, KEY.enter);
    // ordering: Space picks an item up, arrows carry it, Space drops it
    expect(frame(app)).toContain("1. the partnership with Microsoft begins");
    await press(app, KEY.space, KEY.down, KEY.space);
    expect(frame(app)).toContain("2. the partnership with Microsoft begins");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("✗ Wrong");
    await press(app, KEY.enter);

    const results = frame(app);
    expect(results).toContain("Results");
    expect(results).toContain("Score: 4.75/7 (68%)");
    expect(results).toContain("7 question(s) in 3 s");
    expect(results).toMatch(/True or false\s+░+ 0\/1/);
    expect(results).toMatch(/Matching\s+█+░+ 0.75\/1/);
    expect(progress.answers.map((a) => [a.question, a.score])).toEqual([
      ["reseau-annonce-nadella-en", 1],
      ["chercheurs-partis-18-novembre-en", 1],
      ["debut-partenariat-en", 0],
      ["effectif-selon-macgeneration-en", 1],
      ["plateforme-shear-en", 1],
      ["postes-chez-openai-en", 0.75],
      ["histoire-openai-en", 0],
    ]);
    expect(progress.answers[0]!.ms).toBe(3000);
    // The quiz's score, as the results show it, for the home screen's "last score".
    expect(progress.sessions).toEqual([
      {
        v: 1,
        pack: "every-type",
        packHash: progress.answers[0]!.packHash,
        session: progress.answers[0]!.session,
        score: 4.75,
        total: 7,
        asked: 7,
        at: "2024-01-01T12:00:03.000Z",
      },
    ]);

    // r asks the three missed questions again; stopping that retry makes no new last score.
    await press(app, "r");
    expect(frame(app)).toContain("Question 1/3");
    await press(app, "q");
    expect(frame(app)).toContain("Score: 0/1 (0%)");
    expect(progress.sessions).toHaveLength(1);
  });

  it("skips with s, flags with f and a reason, and q finishes with the score so far", async () => {
    const { app, progress } = await renderApp({ pack: EVERY_TYPE, lang: "en", count: 3 });
    await press(app, "s");
    expect(frame(app)).toContain("Question 2/3");
    await press(app, "f");
    expect(frame(app)).toContain("Flag: 1 wrong · 2 unclear · Esc cancel");
    await press(app, "1");
    expect(progress.flags.map((f) => [f.question, f.reason])).toEqual([
      ["chercheurs-partis-18-novembre-en", "wrong"],
    ]);
    expect(frame(app)).toContain("Question 3/3");
    await press(app, "q");
    expect(frame(app)).toContain("Score: 0/2 (0%)");
    expect(frame(app)).not.toContain("Which of these OpenAI executives");
    // Skipped and left unanswered, they count; flagged, it does not.
    expect(progress.sessions.map((s) => [s.score, s.total, s.asked])).toEqual([[0, 2, 3]]);
  });

  it("asks how sure the reader is in certainty mode and shows the calibration", async () => {
    const { app, progress } = await renderApp({
      pack: EVERY_TYPE,
      lang: "en",
      count: 2,
      certainty: true,
    });
    await press(app, "1");
    expect(frame(app)).toContain("How sure? 1 low · 2 medium · 3 high");
    await press(app, "3", KEY.enter, "2", KEY.enter, "3");
    expect(progress.answers.map((a) => [a.correct, a.certainty])).toEqual([
      [true, "high"],
      [false, "high"],
    ]);
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Certainty mark: -3 (-1.5 per question)");
    expect(frame(app)).toContain("high: 2 answer(s), 50% right · overconfident");
  });

  it("keeps the question readable at 40 columns and redraws on resize", async () => {
    const { app } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    resize(app, 40, 24);
    const widest = () =>
      Math.max(
        ...frame(app)
          .split("\n")
          .map((l) => [...l].length),
      );
    await vi.waitFor(() => {
      expect(widest()).toBeLessThanOrEqual(40);
      expect(frame(app)).toContain("\nNadella announce that Sam Altman was\n");
    });
    const lines = frame(app).split("\n");
    expect(lines).toContain("On which social network did Satya");
    expect(lines).toContain("Nadella announce that Sam Altman was");
    expect(lines).toContain("› 1. X (formerly Twitter)");
  });

  it("opens help with ? and closes it with any key", async () => {
    const { app } = await renderApp({ pack: EVERY_TYPE, lang: "fr" });
    await press(app, "?");
    expect(frame(app)).toContain("Touches");
    expect(frame(app)).toContain("passer la question");
    await press(app, "x");
    expect(frame(app)).toContain("Question 1/7");
  });
});
