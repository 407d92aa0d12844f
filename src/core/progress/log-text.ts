import type { RecordCodec } from "./records.js";

/** A line of a log that could not be read as a record; kept aside, never silently dropped. */
export interface DamagedLine {
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's start in the file. */
  offset: number;
  /** The line as text (bytes that are not UTF-8 replaced by U+FFFD). */
  text: string;
  /** The last line of a file that does not end with a newline: a write that stopped half-way. */
  incomplete: boolean;
}

/** What a log file holds, read without throwing. */
export interface LogContents<T> {
  /** The records, in the order they were appended. */
  records: T[];
  damaged: DamagedLine[];
  /** Records written by a newer newsquiz: left as they are and not counted. */
  newer: number;
  /** Not a newsquiz log at all (no record, and text that is not ours): to be moved aside. */
  foreign: boolean;
  /** True when the file is empty or ends with a newline, so an append starts a line of its own. */
  endsWithNewline: boolean;
}

// Every record we write starts with these bytes, and inside a JSON string a quote is always
// escaped, so this text can only appear where a record begins. That lets the reader recover a
// whole record glued after a fragment (a write that stopped, then the next run's append).
const RECORD_START = '{"v":';
const NEWLINE = 0x0a;
const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Reads the bytes of an append-only log: every readable record, and every line that is not one.
 * A line holding a fragment followed by a whole record yields the record and reports the line.
 */
export function readLog<T>(bytes: Uint8Array, codec: RecordCodec<T>): LogContents<T> {
  const out: LogContents<T> = {
    records: [],
    damaged: [],
    newer: 0,
    foreign: false,
    endsWithNewline: bytes.length === 0 || bytes[bytes.length - 1] === NEWLINE,
  };
  let notOurs = false;
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    const nl = bytes.indexOf(NEWLINE, start);
    const end = nl === -1 ? bytes.length : nl;
    const slice = bytes.subarray(start, end);
    const text = decode(slice);
    if (text === undefined || text.trim() !== "") {
      const readable = text ?? lenient.decode(slice);
      const visible = readable.replace(/\0/g, "").trimStart();
      // A last line cut within its first bytes ("{") is still the start of one of ours.
      const cutShort = nl === -1 && RECORD_START.startsWith(visible);
      if (visible !== "" && !visible.startsWith(RECORD_START) && !cutShort) notOurs = true;
      const ok = text !== undefined && readLine(text, codec, out);
      if (!ok) out.damaged.push({ line, offset: start, text: readable, incomplete: nl === -1 });
    }
    start = end + 1;
  }
  out.foreign = notOurs && out.records.length === 0 && out.newer === 0;
  if (out.foreign) out.damaged = [];
  return out;
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Adds the line's records to `out`; false when the line is not one whole record (it is then
 * reported as damaged, even when a record glued after a fragment could be recovered from it).
 */
function readLine<T>(text: string, codec: RecordCodec<T>, out: LogContents<T>): boolean {
  const whole = codec.parse(text);
  if (whole.kind === "record") out.records.push(whole.record);
  else if (whole.kind === "newer") out.newer++;
  else {
    const starts: number[] = [];
    for (let i = text.indexOf(RECORD_START, 1); i !== -1; i = text.indexOf(RECORD_START, i + 1)) {
      starts.push(i);
    }
    for (const [n, from] of starts.entries()) {
      const piece = codec.parse(text.slice(from, starts[n + 1] ?? text.length));
      if (piece.kind === "record") out.records.push(piece.record);
      else if (piece.kind === "newer") out.newer++;
    }
    return false;
  }
  return true;
}
