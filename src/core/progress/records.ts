import { z } from "zod";
import type { AnswerRecord } from "../quiz/answer-record.js";
import type { FlagRecord } from "./port.js";

// Reading is lenient where newsquiz grows (question kinds and types are open strings, unknown
// fields are dropped) and strict on what scheduling needs (ids, a real date, right or wrong):
// an answer recorded by a newer newsquiz with a new question kind must still count.
const text = z.string().min(1).max(1000);
const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: "not a date" });

const answerSchema = z.object({
  v: z.literal(1),
  pack: text,
  packHash: z.string().max(200),
  question: text,
  kind: text,
  type: text,
  facts: z.array(text).max(200),
  correct: z.boolean(),
  score: z.number().min(0).max(1),
  certainty: z.enum(["low", "medium", "high"]).optional(),
  at: isoDate,
  ms: z.number().min(0),
  session: text,
});

const flagSchema = z.object({
  v: z.literal(1),
  pack: text,
  packHash: z.string().max(200),
  question: text,
  reason: z.enum(["wrong", "unclear"]),
  at: isoDate,
});

/** What a line of a log turned out to be. */
export type ParsedLine<T> =
  | { kind: "record"; record: T }
  /** A record in a format version this newsquiz does not know (written by a newer one). */
  | { kind: "newer" }
  | { kind: "invalid" };

/** How to read and write the records of one log file. */
export interface RecordCodec<T> {
  /** What the records are, in the messages: "answers", "flags". */
  noun: string;
  parse(line: string): ParsedLine<T>;
  /** One line, without its newline; always starts with `{"v":`, which the reader relies on. */
  serialise(record: T): string;
}

/** A codec for records of format version 1 checked by `schema`. */
export function recordCodec<T>(noun: string, schema: z.ZodType<unknown>): RecordCodec<T> {
  return {
    noun,
    parse(line) {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return { kind: "invalid" };
      }
      const v = (value as { v?: unknown } | null)?.v;
      if (typeof v === "number" && v > 1) return { kind: "newer" };
      const result = schema.safeParse(value);
      return result.success ? { kind: "record", record: result.data as T } : { kind: "invalid" };
    },
    serialise(record) {
      // `v` first, whatever order the caller built the object in. JSON never holds a raw newline,
      // so a record is always exactly one line.
      const { v: _v, ...rest } = record as { v?: unknown };
      return JSON.stringify({ v: 1, ...rest });
    },
  };
}

/** Answers: one AnswerRecord per line. */
export const answerCodec: RecordCodec<AnswerRecord> = recordCodec("answers", answerSchema);

/** Flags: one FlagRecord per line. */
export const flagCodec: RecordCodec<FlagRecord> = recordCodec("flags", flagSchema);

/** Whether a value is an answer record the log would accept (the quiz may hand over anything). */
export function isAnswerRecord(value: unknown): value is AnswerRecord {
  return answerSchema.safeParse(value).success;
}

/** Whether a value is a flag record the log would accept. */
export function isFlagRecord(value: unknown): value is FlagRecord {
  return flagSchema.safeParse(value).success;
}
