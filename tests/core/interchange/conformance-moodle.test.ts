import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasInterop, INTEROP, importFile } from "../../helpers/interop.js";

// Moodle's own GIFT and Aiken fixtures, read from ../shared/interop: what Moodle's tests expect.
if (!hasInterop) console.warn(`skipped: no interchange fixtures at ${INTEROP}`);

describe.skipIf(!hasInterop)("Moodle's GIFT fixtures", () => {
  const types = (file: string) => importFile(join(INTEROP, "moodle", file), "gift");

  it("questions.gift.txt gives Moodle's nine questions", () => {
    const { questions, issues } = types("questions.gift.txt");
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.title, q.type])).toEqual([
      ["Q8", "essay"],
      ["Moodle activities", "matching"],
      ["Q2", "single"],
      ["colours", "multiple"],
      ["Q5", "numeric"],
      ["Shortanswer", "short"],
      ["Q1", "truefalse"],
      ["2-08 TSL", "truefalse"],
      ["2-08 TSL", "truefalse"],
    ]);
    const q5 = questions[4]!;
    expect(q5.type === "numeric" && q5.answers).toEqual([{ value: 3, tolerance: 2 }]);
    expect(q5.type === "numeric" && q5.feedbackWrong).toBe("Completely wrong");
    const colours = questions[3]!;
    expect(
      colours.type === "multiple" && colours.choices.map((c) => [c.text, c.correct, c.weight]),
    ).toEqual([
      ["yellow", true, undefined],
      ["red", false, -100],
      ["off-beige", true, undefined],
      ["blue", false, -100],
    ]);
    const q1 = questions[6]!;
    expect(q1.explanation).toBe("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    expect(q1.type === "truefalse" && [q1.answer, q1.feedbackWrong, q1.feedbackRight]).toEqual([
      false,
      "42 is the Ultimate Answer.",
      "You gave the right answer.",
    ]);
  });

  it("questions_in_category.gift.txt gives four questions in the category", () => {
    const { questions, issues } = types("questions_in_category.gift.txt");
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.type, q.category])).toEqual([
      ["matching", "$course$/Default for New Features"],
      ["single", "$course$/Default for New Features"],
      ["short", "$course$/Default for New Features"],
      ["truefalse", "$course$/Default for New Features"],
    ]);
    expect(questions[1]!.prompt).toBe(
      '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a><br /><br />What language is being spoken?',
    );
    expect(questions[0]!.type === "matching" && questions[0]!.pairs.at(-1)).toEqual({
      left: "",
      right: "Chat",
    });
  });

  it("examples.txt, the format's own examples, gives all 43 questions", () => {
    const { questions, issues } = types("examples.txt");
    expect(issues).toEqual([]);
    const count = (type: string) => questions.filter((q) => q.type === type).length;
    expect(questions).toHaveLength(43);
    expect({
      single: count("single"),
      multiple: count("multiple"),
      truefalse: count("truefalse"),
      short: count("short"),
      numeric: count("numeric"),
      matching: count("matching"),
    }).toEqual({ single: 16, multiple: 2, truefalse: 5, short: 9, numeric: 8, matching: 3 });
    const control = questions.find((q) => q.title === "GIFT Control Characters")!;
    expect(control.type === "single" && control.choices.map((c) => c.text)).toEqual([
      "~",
      "=",
      "#",
      "{",
      "}",
      "\\",
    ]);
  });
});

describe.skipIf(!hasInterop)("Moodle's Aiken fixtures", () => {
  it("aiken_questions.aiken.txt gives its two questions", () => {
    const { questions, issues } = importFile(
      join(INTEROP, "moodle", "aiken_questions.aiken.txt"),
      "aiken",
    );
    expect(issues).toEqual([]);
    expect(
      questions.map((q) => [q.type, q.type === "single" && q.choices.find((c) => c.correct)!.text]),
    ).toEqual([
      ["single", "Martin Dougiamas"],
      ["single", "True"],
    ]);
    expect(questions[1]!.prompt).toBe(
      'Moodle\'s abilities include handling user input that includes <html class="cool"> & images:',
    );
  });

  it("aiken_errors.txt gives exactly Moodle's three questions and a line-numbered error for each other", () => {
    const { questions, issues } = importFile(join(INTEROP, "moodle", "aiken_errors.txt"), "aiken");
    expect(questions.map((q) => q.prompt)).toEqual([
      "A good question",
      "A second good question",
      "A third good question with HTML chars such as > < &",
    ]);
    expect(
      questions.map((q) => q.type === "single" && q.choices.map((c) => [c.text, c.correct])),
    ).toEqual([
      [
        ["Correct", true],
        ["Incorrect", false],
      ],
      [
        ["Incorrect (No space)", false],
        ["Correct (No space)", true],
      ],
      [
        ["Correct (< > &)", true],
        ["Incorrect (< > &)", false],
      ],
    ]);
    expect(issues.map((i) => i.line)).toEqual([1, 5, 7, 14]);
  });
});
