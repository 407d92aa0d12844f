import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import {
  burst,
  EVERY_TYPE,
  frame,
  frameShowing,
  KEY,
  press,
  renderApp,
  resize,
} from "../helpers/ink.js";

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
    expect(results).toContain("7 questions in 3 s");
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
    expect(frame(app)).toContain("Question 1/3 · True or false");
    // True, right this time; then q, and 1 to finish.
    await press(app, "1", "q", "1");
    expect(frame(app)).toContain(
      "The quiz's score (kept as the pack's last score): 4.75/7 (68%)\nMissed questions asked again: Score: 1/1 (100%)",
    );
    expect(progress.sessions).toHaveLength(1);
  });

  it("shows the answer after s, confirms a flag (F takes it back), and asks before q finishes", async () => {
    const { app, progress } = await renderApp({ pack: EVERY_TYPE, lang: "en", count: 3 });
    await press(app, "s");
    // The question stays on screen with its right answer, recorded as skipped.
    expect(frame(app)).toContain(
      "Sur quel réseau social Satya Nadella a-t-il annoncé l'arrivée de Sam Altman chez Microsoft ?\n\n→ Skipped\n",
    );
    expect(frame(app)).toContain("✓ 4. X (ex-Twitter)");
    expect(progress.answers.map((a) => [a.question, a.skipped])).toEqual([
      ["reseau-annonce-nadella", true],
    ]);
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Question 2/3");
    await press(app, "f");
    expect(frame(app)).toContain("Flag: 1 wrong · 2 unclear · Esc cancel");
    await press(app, "1");
    // Said, not passed over in silence; and F takes it back, to answer the question after all.
    expect(frame(app)).toContain(
      "⚑ Flagged as wrong: not asked again until the pack changes · F takes it back",
    );
    await press(app, "F");
    expect(frame(app)).toContain("[ ] 1. Aleksander Madry");
    await press(app, "f", "1", KEY.enter);
    expect(progress.flags.map((f) => [f.question, f.reason, f.withdrawn])).toEqual([
      ["chercheurs-partis-18-novembre", "wrong", undefined],
      ["chercheurs-partis-18-novembre", "wrong", true],
      ["chercheurs-partis-18-novembre", "wrong", undefined],
    ]);
    expect(frame(app)).toContain("Question 3/3");
    // q asks first: Esc goes on with the quiz, 1 finishes it.
    await press(app, "q");
    expect(frame(app)).toContain(
      "Finish the quiz now, with the score of 1 question answered?\n1 or Enter: finish now · 2: keep it for later · Esc: go on",
    );
    await press(app, KEY.escape);
    expect(frame(app)).toContain("Question 3/3");
    expect(frame(app)).not.toContain("Finish the quiz now");
    await press(app, "q", "1");
    expect(frame(app)).toContain("Score: 0/2 (0%)");
    expect(frame(app)).not.toContain("Lesquels de ces cadres");
    // Skipped and left unanswered, they count; flagged, it does not.
    expect(progress.sessions.map((s) => [s.score, s.total, s.asked])).toEqual([[0, 2, 3]]);
  });

  it("keeps no score for a quiz left before any answer, however it is left", async () => {
    const { app, progress } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    await press(app, "q");
    expect(frame(app)).toContain(
      "Leave the quiz? Nothing is answered: no score will be kept.\n1 or Enter: leave without a score",
    );
    await press(app, KEY.enter);
    expect(progress.sessions).toEqual([]);
    expect(frame(app)).not.toContain("Score:");
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
    // Each answer's mark, as it is given.
    expect(frame(app)).toContain("✗ Wrong\nCertainty high · mark -6\n");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("Certainty mark: -3 (-1.5 per question)");
    // Two answers are too few to call anyone overconfident.
    expect(frame(app)).toContain(
      "high: 2 answers, 50% right · too few answers to judge (5 needed)",
    );
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
    await frameShowing(app, "\na-t-il annoncé l'arrivée de Sam Altman\n");
    expect(widest()).toBeLessThanOrEqual(40);
    const lines = frame(app).split("\n");
    expect(lines).toContain("Sur quel réseau social Satya Nadella");
    expect(lines).toContain("a-t-il annoncé l'arrivée de Sam Altman");
    expect(lines).toContain("› 1. Facebook");
  });

  it("handles every key of a burst, as a paste, a fast typist or a slow link sends them", async () => {
    const { app, progress } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    // s skips, Enter goes on, s skips the next: one chunk, two questions.
    await burst(app, "s\rs\r");
    expect(frame(app)).toContain("Question 3/7 · True or false");
    // An answer, Enter, and a digit typed into the next question's field: one chunk.
    await burst(app, "2\r1");
    expect(frame(app)).toContain("Question 4/7 · How many");
    expect(frame(app)).toContain("Your answer: 1▏");
    expect(progress.answers.map((a) => [a.question, a.skipped ?? a.score])).toEqual([
      ["reseau-annonce-nadella", true],
      ["chercheurs-partis-18-novembre", true],
      ["debut-partenariat", 0],
    ]);
  });

  it("says the terminal is too small below 40×12, and keeps text to 100 columns in a wide one", async () => {
    const { app } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    resize(app, 39, 24);
    await frameShowing(app, "Terminal too small (39×24):");
    expect(frame(app)).not.toContain("Question 1/7");
    resize(app, 80, 11);
    await frameShowing(app, "Terminal too small (80×11)");
    resize(app, 200, 24);
    await frameShowing(app, "Question 1/7");
    const widest = Math.max(
      ...frame(app)
        .split("\n")
        .map((l) => [...l.trimEnd()].length),
    );
    expect(widest).toBe(99);
  });

  it("keeps every word of a row beside the ▲ ▼ markers", async () => {
    const { app } = await renderApp({ pack: EVERY_TYPE, lang: "en" });
    resize(app, 40, 12);
    await frameShowing(app, "▼");
    for (const row of frame(app)
      .split("\n")
      .filter((r) => /[▲▼]$/.test(r))) {
      expect(row).not.toContain("…");
    }
  });

  it("opens help with ? and closes it with any key", async () => {
    const { app } = await renderApp({ pack: EVERY_TYPE, uiLang: "fr" });
    await press(app, "?");
    expect(frame(app)).toContain("Touches");
    expect(frame(app)).toContain("passer la question");
    await press(app, "x");
    expect(frame(app)).toContain("Question 1/7");
  });
});
