import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeAiken } from "../../../src/core/interchange/aiken/write.js";
import { writeGift } from "../../../src/core/interchange/gift/write.js";
import { writeQuestionsJson } from "../../../src/core/interchange/json/write.js";
import { writeMoodleXml } from "../../../src/core/interchange/xml/write.js";
import { questionSchema } from "../../../src/core/question/schema.js";
import { importText } from "../../helpers/interop.js";

// Export then import gives the same questions back, for arbitrary valid questions of every type
// written in canonical form (texts trimmed, defaults left out: what an import itself produces).

// Pieces chosen to hit GIFT's specials, escapes, missing-word blanks, format tags and accents.
const PIECES = [
  "a",
  "Zé",
  "Ω",
  " ",
  "  ",
  "\n",
  "~",
  "=",
  "#",
  "{",
  "}",
  ":",
  "\\",
  "\\n",
  "%",
  "50%",
  "%-5%",
  "[html]",
  "_____",
  "####",
  "*",
  ".",
  "1",
  "«",
  "»",
  "->",
  "//",
  "$CATEGORY:",
];

const text = (exclude: RegExp = /(?!)/) =>
  fc
    .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 7 })
    .map((parts) => parts.join(""))
    .filter((t) => t.length > 0 && t === t.trim() && !exclude.test(t));
const line = (exclude?: RegExp) => text(exclude).filter((t) => !t.includes("\n"));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const number = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Object.is(n, -0)),
);
const positive = fc.double({ min: 0.001, max: 1000, noNaN: true });
const partial = fc.integer({ min: 0, max: 99 });
const noArrow = /->/;

const common = {
  title: opt(line()),
  category: opt(line()),
  format: opt(
    fc.constantFrom("plain" as const, "markdown" as const, "html" as const, "moodle" as const),
  ),
  tags: fc.array(line(/[\]\\]/), { maxLength: 2 }),
};

const single = fc.record({
  type: fc.constant("single" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  choices: fc
    .tuple(
      fc.array(
        fc.record({
          text: text(),
          weight: opt(fc.integer({ min: -100, max: 99 }).filter((w) => w !== 0)),
          feedback: opt(text()),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      // Moodle's single-choice questions may have several right choices ({=a =b ~c}).
      fc.array(fc.record({ text: text(), feedback: opt(text()) }), { minLength: 1, maxLength: 2 }),
      fc.nat(),
    )
    .map(([wrong, rights, at]) => {
      const choices = wrong.map((c) => ({ ...c, correct: false }));
      for (const right of rights) {
        choices.splice(at % (choices.length + 1), 0, {
          ...right,
          correct: true,
          weight: undefined,
        });
      }
      return choices;
    }),
});

const multiple = fc.record({
  type: fc.constant("multiple" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  choices: fc
    .array(
      fc.record({
        text: text(),
        correct: fc.boolean(),
        weight: opt(fc.integer({ min: 1, max: 100 })),
        feedback: opt(text()),
      }),
      { minLength: 2, maxLength: 5 },
    )
    .filter((cs) => cs.some((c) => c.correct))
    .map((cs) => {
      const share = 100 / cs.filter((c) => c.correct).length;
      return cs.map((c) => {
        const weight = c.weight === undefined ? undefined : c.correct ? c.weight : -c.weight;
        // A weight equal to the default share is the default: canonically left out.
        const isDefault = weight !== undefined && Math.abs(Math.abs(weight) - share) < 0.001;
        return { ...c, weight: isDefault ? undefined : weight };
      });
    }),
});

const truefalse = fc.record({
  type: fc.constant("truefalse" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  answer: fc.boolean(),
  feedbackRight: opt(text()),
  feedbackWrong: opt(text()),
});

const numericAnswer = fc.oneof(
  fc.record({ value: number, tolerance: opt(positive) }),
  fc.tuple(number, number).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
);
const numeric = fc.record({
  type: fc.constant("numeric" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  answers: fc
    .tuple(
      numericAnswer,
      fc.array(fc.tuple(numericAnswer, opt(partial), opt(text())), { maxLength: 2 }),
      opt(text()),
    )
    .map(([first, more, feedback]) => [
      { ...first, feedback },
      ...more.map(([a, weight, fb]) => ({ ...a, weight, feedback: fb })),
    ]),
  unit: opt(line(/[\]\\]/)),
  feedbackWrong: opt(text()),
});

const shortText = text(noArrow).filter((t) => t !== "*");
const short = fc.record({
  type: fc.constant("short" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  answers: fc
    .tuple(
      shortText,
      fc.array(fc.tuple(shortText, opt(partial), opt(text(noArrow))), { maxLength: 3 }),
    )
    .map(([first, more]) => [
      first,
      ...more.map(([t, weight, feedback]) =>
        weight === undefined && feedback === undefined ? t : { text: t, weight, feedback },
      ),
    ]),
  feedbackWrong: opt(text(noArrow)),
});

const matching = fc.record({
  type: fc.constant("matching" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  pairs: fc
    .tuple(
      fc.array(fc.record({ left: text(noArrow), right: text() }), { minLength: 2, maxLength: 4 }),
      fc.array(fc.record({ left: fc.constant(""), right: text() }), { maxLength: 1 }),
    )
    .map(([pairs, extra]) => [...pairs, ...extra]),
});

const ordering = fc.record({
  type: fc.constant("ordering" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
  items: fc.array(text(), { minLength: 2, maxLength: 5 }),
});

const essay = fc.record({
  type: fc.constant("essay" as const),
  prompt: text(),
  explanation: opt(text()),
  ...common,
});
const description = fc.record({
  type: fc.constant("description" as const),
  prompt: text(),
  ...common,
});

// Blank texts hold no backslash: before a separator, Moodle's cloze syntax reads one as an escape.
const blankText = text(/\\|->/).filter((t) => t !== "*");
const blank = fc.oneof(
  fc
    .tuple(
      fc.array(fc.record({ text: blankText, weight: opt(fc.integer({ min: 1, max: 99 })) }), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.record({ text: blankText, feedback: opt(blankText) }),
    )
    .map(([wrong, right]) => ({
      type: "single" as const,
      choices: [{ ...right, correct: true }, ...wrong.map((c) => ({ ...c, correct: false }))],
    })),
  fc
    .tuple(
      fc.array(blankText, { minLength: 1, maxLength: 2 }),
      fc.array(fc.record({ text: blankText, weight: opt(fc.constantFrom(0, -100)) }), {
        minLength: 1,
        maxLength: 2,
      }),
    )
    .map(([rights, wrong]) => ({
      type: "multiple" as const,
      choices: [
        ...rights.map((t) => ({ text: t, correct: true })),
        // A weight equal to the default share is the default: canonically left out.
        ...wrong.map((c) => ({
          ...c,
          weight: c.weight === -100 / rights.length ? undefined : c.weight,
          correct: false,
        })),
      ],
    })),
  fc.record({
    type: fc.constant("short" as const),
    answers: fc
      .tuple(blankText, fc.array(fc.tuple(blankText, partial, opt(blankText)), { maxLength: 2 }))
      .map(([first, more]) => [
        first,
        ...more.map(([t, weight, feedback]) => ({ text: t, weight, feedback })),
      ]),
    feedbackWrong: opt(blankText),
  }),
  fc.record({
    type: fc.constant("numeric" as const),
    answers: fc
      .tuple(fc.record({ value: number, tolerance: opt(positive) }), opt(blankText))
      .map(([a, feedback]) => [{ ...a, feedback }]),
    feedbackWrong: opt(blankText),
  }),
);
const cloze = fc
  .record({
    explanation: opt(text()),
    ...common,
    parts: fc.array(text(/\{#/), { minLength: 3, maxLength: 4 }),
    blanks: fc.array(blank, { minLength: 2, maxLength: 3 }),
  })
  .map(({ parts, blanks, ...rest }) => ({
    ...rest,
    type: "cloze" as const,
    blanks,
    prompt: blanks.map((_, i) => `${parts[i] ?? ""} {#${i + 1}} `).join("") + (parts.at(-1) ?? ""),
  }))
  // A prompt is trimmed, as every imported text.
  .map((q) => ({ ...q, prompt: q.prompt.trim() }));

const anyQuestion = fc.oneof(
  single,
  multiple,
  truefalse,
  numeric,
  short,
  matching,
  ordering,
  essay,
  description,
  cloze,
);

/** Canonical, schema-parsed questions with unique ids; prompts that GIFT would read as a format tag are left out. */
const questions = fc
  .array(anyQuestion, { minLength: 1, maxLength: 6 })
  .map((qs) =>
    qs.map((q, i) => questionSchema.parse(JSON.parse(JSON.stringify({ ...q, id: `q-${i + 1}` })))),
  )
  .filter(
    (qs) =>
      qs.every(
        (q) => q.format !== undefined || !/^(\[(html|moodle|plain|markdown)\])/.test(q.prompt),
      ) &&
      qs.every(
        (q) => q.format !== undefined || q.title !== undefined || !q.prompt.startsWith("//"),
      ),
  );

describe("export then import", () => {
  it("GIFT gives the same questions back, for every type", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const { text: gift } = writeGift(qs);
        const back = importText(gift, "gift");
        expect(back.issues).toEqual([]);
        expect(back.questions).toEqual(qs);
      }),
      { numRuns: 300 },
    );
  });

  it("Moodle XML gives the same questions back, for every type", () => {
    // What Moodle XML has no place for is left out: ranges (written as middle ± half width)
    // and the "moodle" format tag of GIFT, which is Moodle's default format.
    const forXml = questions.filter((qs) =>
      qs.every(
        (q) =>
          q.format !== "moodle" &&
          !(q.type === "numeric" && q.answers.some((a) => a.min !== undefined)),
      ),
    );
    fc.assert(
      fc.property(forXml, (qs) => {
        const back = importText(writeMoodleXml(qs).text, "xml");
        expect(back.issues).toEqual([]);
        expect(back.questions).toEqual(qs);
      }),
      { numRuns: 300 },
    );
  });

  it("JSON gives the same questions back, for every type", () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const { text: json } = writeQuestionsJson(qs, { id: "p", title: "P", language: "fr" });
        const back = importText(json, "json");
        expect(back.issues).toEqual([]);
        expect(back.questions).toEqual(qs);
      }),
      { numRuns: 100 },
    );
  });

  it("Aiken gives single-choice questions back (the only type it holds)", () => {
    const aikenSingle = fc
      .array(
        fc.record({
          type: fc.constant("single" as const),
          prompt: line().filter((p) => p.length >= 2 && !/^[A-Z][).]|^ANSWER:/.test(p)),
          choices: fc
            .tuple(fc.array(line(), { minLength: 1, maxLength: 5 }), line(), fc.nat())
            .map(([wrong, right, at]) => {
              const choices = wrong.map((t) => ({ text: t, correct: false }));
              choices.splice(at % (choices.length + 1), 0, { text: right, correct: true });
              return choices;
            }),
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((qs) => qs.map((q, i) => questionSchema.parse({ ...q, id: `q-${i + 1}` })));
    fc.assert(
      fc.property(aikenSingle, (qs) => {
        const back = importText(writeAiken(qs, "en").text, "aiken");
        expect(back.issues).toEqual([]);
        expect(back.questions.map(({ id: _id, ...q }) => q)).toEqual(
          qs.map(({ id: _id, ...q }) => q),
        );
      }),
      { numRuns: 200 },
    );
  });
});
