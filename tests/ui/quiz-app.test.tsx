import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EVERY_TYPE, frame, KEY, press, renderApp, resize } from "../helpers/ink.js";

afterEach(() => cleanup());

// A fixture pack of one hand-written question per type, asked in its author's order; choices
// are shuffled by seed 7: X is choice 4; Madry, Sidor and Pachocki are 1, 3 and 5.
describe("the quiz screens", () => {
  it("plays every question type with the keyboard and scores what the answers deserve", async () => {
    const { app, progress, tick } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    expect(frame(app)).toContain("Question 1/7 · Single choice");
    expect(frame(app)).toContain("› 1. Facebook");
    // single: arrows then Enter
    await press(app, KEY.down, KEY.down, KEY.down);
    expect(frame(app)).toContain("› 4. X (ex-Twitter)");
    tick(3000);
    await press(app, KEY.enter);
    expect(frame(app)).toContain("✓ Right");
    expect(frame(app)).toContain("✓ 4. X (ex-Twitter) ← your choice");
    expect(frame(app)).toContain("Sources: the article of November 20, 2023, FredZone");
    await press(app, KEY.enter);
    // multiple: digits tick, Space ticks the row under the cursor, Enter confirms
    expect(frame(app)).toContain("Question 2/7 · Multiple answers");
    await press(app, "1", "3", KEY.down, KEY.down, KEY.space);
    expect(frame(app)).toContain("[x] 1. Aleksander Madry");
    expect(frame(app)).toContain("[x] 5. Jakub Pachocki");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("✓ Right");
    await press(app, KEY.enter);
    // true/false: a digit answers at once
    await press(app, "2");
    expect(frame(app)).toContain("✗ Wrong");
    expect(frame(app)).toContain("✓ 1. True");
    expect(frame(app)).toContain("✗ 2. False ← your choice");
    expect(frame(app)).toContain("Il a bien commencé en 2016");
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
    // matching: digits match the row and move down; rights are 1 recherche, 2 technique, 3 scientifique, 4 président
    expect(frame(app)).toContain("a. Mira Murati");
    await press(app, "2", "3", "4", "4", KEY.enter);
    expect(frame(app)).toContain("◐ Partly right (75%)");
    expect(frame(app)).toContain("\n  Jakub Pachocki → directeur de la recherche");
    await press(app, KEY.enter);
    // ordering: Space picks an item up, arrows carry it, Space drops it
    expect(frame(app)).toContain("1. Elon Musk prend ses distances");
    await press(app, KEY.space, KEY.down, KEY.space);
    expect(frame(app)).toContain("2. Elon Musk prend ses distances");
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
      ["reseau-annonce-nadella", 1],
      ["chercheurs-partis-18-novembre", 1],
      ["debut-partenariat", 0],
      ["effectif-selon-macgeneration", 1],
      ["plateforme-shear", 1],
      ["postes-chez-openai", 0.75],
      ["histoire-openai", 0],
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
      ["chercheurs-partis-18-novembre", "wrong"],
    ]);
    expect(frame(app)).toContain("Question 3/3");
    await press(app, "q");
    expect(frame(app)).toContain("Score: 0/2 (0%)");
    expect(frame(app)).not.toContain("Lesquels de ces cadres");
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
    await press(app, "4");
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
      expect(frame(app)).toContain("\na-t-il annoncé l'arrivée de Sam Altman\n");
    });
    const lines = frame(app).split("\n");
    expect(lines).toContain("Sur quel réseau social Satya Nadella");
    expect(lines).toContain("a-t-il annoncé l'arrivée de Sam Altman");
    expect(lines).toContain("› 1. Facebook");
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
