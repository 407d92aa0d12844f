import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLog } from "../../../src/core/progress/log-text.js";
import { answerCodec } from "../../../src/core/progress/records.js";
import { buildSchedule } from "../../../src/core/progress/schedule.js";
import type { AnswerRecord } from "../../../src/core/quiz/answer-record.js";

// Texts that try to look like the start of a record, or break lines, inside string fields.
const tricky = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('{"v":1,', '"}\n{"v":', "\n", "\u2028", "é", "\\", '{"v":2}'),
);
const text = fc.array(tricky, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));

const record: fc.Arbitrary<AnswerRecord> = fc.record({
  v: fc.constant(1 as const),
  pack: text,
  packHash: fc.string({ maxLength: 8 }),
  question: text,
  kind: fc.constantFrom("who", "when", "how-many" as const),
  type: fc.constantFrom("single", "short" as const),
  facts: fc.array(text, { maxLength: 3 }),
  correct: fc.boolean(),
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  at: fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((t) => new Date(t).toISOString()),
  ms: fc.nat(),
  session: fc.constantFrom("s1", "s2", "s3"),
});

const encode = (records: readonly AnswerRecord[]) =>
  new TextEncoder().encode(records.map((r) => `${answerCodec.serialise(r)}\n`).join(""));

describe("the answer log, for any answers", () => {
  it("reads back exactly what was written, whatever the texts hold", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const log = readLog(encode(records), answerCodec);
        expect(log.records).toEqual(records);
        expect([log.damaged, log.newer, log.foreign]).toEqual([[], 0, false]);
      }),
    );
  });

  it("cut at any byte, keeps every record before the cut and reports at most the last line", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 10 }), fc.nat(), (records, n) => {
        const bytes = encode(records);
        const cut = n % (bytes.length + 1);
        const log = readLog(bytes.subarray(0, cut), answerCodec);
        // The records whose line the cut leaves whole.
        const lineEnd = cut === 0 ? 0 : bytes.lastIndexOf(0x0a, cut - 1) + 1;
        const whole = readLog(bytes.subarray(0, lineEnd), answerCodec);
        expect(log.records.slice(0, whole.records.length)).toEqual(whole.records);
        expect(log.records.length - whole.records.length).toBeLessThanOrEqual(1);
        expect(log.damaged.length).toBeLessThanOrEqual(1);
        expect(log.damaged.every((d) => d.incomplete)).toBe(true);
        expect(log.foreign).toBe(false);
      }),
    );
  });

  it("gives one schedule whatever order the answers were appended in", () => {
    fc.assert(
      fc.property(
        fc
          .array(record, { maxLength: 15 })
          .chain((rs) =>
            fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length })),
          ),
        ([records, shuffled]) => {
          const due = (rs: AnswerRecord[]) =>
            [...buildSchedule(rs).values()]
              .map((m) => `${m.key} ${m.card.due.toISOString()} ${m.misses}`)
              .sort();
          // Ties in time are broken by log order, so only answers at distinct times qualify.
          fc.pre(new Set(records.map((r) => r.at)).size === records.length);
          expect(due(shuffled)).toEqual(due(records));
        },
      ),
    );
  });
});
