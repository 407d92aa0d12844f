import type { AnswerRecord, Certainty } from "../quiz/answer-record.js";
import type { FlagReason, FlagRecord, SessionRecord } from "./port.js";

// Reading is lenient where newsquiz grows (question kinds and types are open strings, unknown
// fields are dropped) and strict on what scheduling needs (ids, a real date, right or wrong):
// an answer recorded by a newer newsquiz with a new question kind must still count. Checked by
// hand rather than with zod: a log of 100,000 answers is read at every start, and this is ten
// times faster.

const CERTAINTIES: readonly Certainty[] = ["low", "medium", "high"];
const REASONS: readonly FlagReason[] = ["wrong", "unclear"];

type Fields = Record<string, unknown>;

const isText = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= 1000;
const isHash = (v: unknown): v is string => typeof v === "string" && v.length <= 200;
const isDate = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v));
const isNumber = (v: unknown, min: number, max = Number.POSITIVE_INFINITY): v is number =>
  typeof v === "number" && v >= min && v <= max;

function fields(value: unknown): Fields | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : undefined;
}

/** The fields answers and flags share, checked: a record of version 1 about a question. */
type Shared = Fields & { pack: string; packHash: string; question: string; at: string };

function shared(value: unknown): Shared | undefined {
  const r = fields(value);
  const ok =
    r?.v === 1 && isText(r.pack) && isHash(r.packHash) && isText(r.question) && isDate(r.at);
  return ok ? (r as Shared) : undefined;
}

/** An answer record read from any value, with only its known fields; undefined if it is not one. */
export function readAnswer(value: unknown): AnswerRecord | undefined {
  const r = shared(value);
  if (
    !r ||
    !isText(r.kind) ||
    !isText(r.type) ||
    !Array.isArray(r.facts) ||
    r.facts.length > 200 ||
    !r.facts.every(isText) ||
    typeof r.correct !== "boolean" ||
    !isNumber(r.score, 0, 1) ||
    (r.certainty !== undefined && !CERTAINTIES.includes(r.certainty as Certainty)) ||
    (r.skipped !== undefined && (r.skipped !== true || r.correct !== false)) ||
    !isNumber(r.ms, 0) ||
    !isText(r.session)
  ) {
    return undefined;
  }
  const answer: AnswerRecord = {
    v: 1,
    pack: r.pack,
    packHash: r.packHash,
    question: r.question,
    kind: r.kind as AnswerRecord["kind"],
    type: r.type as AnswerRecord["type"],
    facts: [...(r.facts as string[])],
    correct: r.correct,
    score: r.score,
    at: r.at,
    ms: r.ms,
    session: r.session,
  };
  if (r.certainty !== undefined) answer.certainty = r.certainty as Certainty;
  if (r.skipped === true) answer.skipped = true;
  return answer;
}

/** A flag record read from any value, with only its known fields; undefined if it is not one. */
export function readFlag(value: unknown): FlagRecord | undefined {
  const r = shared(value);
  if (!r || !REASONS.includes(r.reason as FlagReason)) return undefined;
  if (r.withdrawn !== undefined && r.withdrawn !== true) return undefined;
  const { pack, packHash, question, at } = r;
  const flag: FlagRecord = { v: 1, pack, packHash, question, reason: r.reason as FlagReason, at };
  if (r.withdrawn === true) flag.withdrawn = true;
  return flag;
}

/** A session record read from any value, with only its known fields; undefined if it is not one. */
export function readSession(value: unknown): SessionRecord | undefined {
  const r = fields(value);
  if (
    r?.v !== 1 ||
    !isText(r.pack) ||
    !isHash(r.packHash) ||
    !isText(r.session) ||
    !isNumber(r.score, 0) ||
    !isNumber(r.total, 0) ||
    r.score > r.total ||
    !isNumber(r.asked, 0) ||
    !isDate(r.at)
  ) {
    return undefined;
  }
  const { pack, packHash, session, score, total, asked, at } = r as Fields & SessionRecord;
  return { v: 1, pack, packHash, session, score, total, asked, at };
}

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

/** A codec for records of format version 1, read by `read` (undefined: not such a record). */
export function recordCodec<T>(
  noun: string,
  read: (value: unknown) => T | undefined,
): RecordCodec<T> {
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
      const record = read(value);
      return record === undefined ? { kind: "invalid" } : { kind: "record", record };
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
export const answerCodec: RecordCodec<AnswerRecord> = recordCodec("answers", readAnswer);

/** Flags: one FlagRecord per line. */
export const flagCodec: RecordCodec<FlagRecord> = recordCodec("flags", readFlag);

/** Ended quizzes: one SessionRecord per line. */
export const sessionCodec: RecordCodec<SessionRecord> = recordCodec("sessions", readSession);

/** Whether a value is an answer record the log would accept (the quiz may hand over anything). */
export function isAnswerRecord(value: unknown): value is AnswerRecord {
  return readAnswer(value) !== undefined;
}

/** Whether a value is a flag record the log would accept. */
export function isFlagRecord(value: unknown): value is FlagRecord {
  return readFlag(value) !== undefined;
}

/** Whether a value is a session record the log would accept. */
export function isSessionRecord(value: unknown): value is SessionRecord {
  return readSession(value) !== undefined;
}
