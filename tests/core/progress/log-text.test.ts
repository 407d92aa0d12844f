import { describe, expect, it } from "vitest";
import { readLog } from "../../../src/core/progress/log-text.js";
import { answerCodec, flagCodec } from "../../../src/core/progress/records.js";
import { answer, flag } from "../../helpers/answers.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const a1 = answer({ at: "2024-03-01T09:00:00.000Z", question: "q1" });
const a2 = answer({ at: "2024-03-01T09:01:00.000Z", question: "q2", correct: false });
const a3 = answer({ at: "2024-03-01T09:02:00.000Z", question: "q3", certainty: "low" });
const line = (a: typeof a1) => answerCodec.serialise(a);

describe("answer records", () => {
  it("are written as one line starting with the version, and read back the same", () => {
    const { v: _v, ...rest } = a1;
    const text = line({ ...rest, v: 1 });
    expect(text.startsWith('{"v":1,"pack":"p",')).toBe(true);
    expect(text).not.toContain("\n");
    expect(answerCodec.parse(text)).toEqual({ kind: "record", record: a1 });
    expect(answerCodec.parse(line({ ...a1, question: "a\nb" }))).toMatchObject({
      record: { question: "a\nb" },
    });
  });

  it("accept question kinds and types this version does not know, not a broken shape", () => {
    const future = JSON.stringify({ ...a1, kind: "where", type: "map", extra: 1 });
    expect(answerCodec.parse(future)).toEqual({
      kind: "record",
      record: { ...a1, kind: "where", type: "map" },
    });
    expect(answerCodec.parse(JSON.stringify({ ...a1, correct: "yes" }))).toEqual({
      kind: "invalid",
    });
    expect(answerCodec.parse(JSON.stringify({ ...a1, at: "yesterday" }))).toEqual({
      kind: "invalid",
    });
    expect(answerCodec.parse(JSON.stringify({ ...a1, v: 2 }))).toEqual({ kind: "newer" });
  });
});

describe("readLog", () => {
  it("reads every record in order", () => {
    const log = readLog(bytes(`${line(a1)}\n${line(a2)}\n\n${line(a3)}\n`), answerCodec);
    expect(log).toEqual({
      records: [a1, a2, a3],
      damaged: [],
      newer: 0,
      foreign: false,
      endsWithNewline: true,
    });
  });

  it("skips a last line cut short and keeps the rest", () => {
    const head = `${line(a1)}\n${line(a2)}\n`;
    const log = readLog(bytes(`${head}${line(a3).slice(0, 40)}`), answerCodec);
    expect(log.records).toEqual([a1, a2]);
    expect(log.damaged).toEqual([
      { line: 3, offset: bytes(head).length, text: line(a3).slice(0, 40), incomplete: true },
    ]);
    expect([log.foreign, log.endsWithNewline]).toEqual([false, false]);
  });

  it("recovers a whole record glued after a fragment, and reports the line", () => {
    const glued = `${line(a2).slice(0, 30)}${line(a3)}`;
    const log = readLog(bytes(`${line(a1)}\n${glued}\n`), answerCodec);
    expect(log.records).toEqual([a1, a3]);
    expect(log.damaged.map((d) => [d.line, d.incomplete])).toEqual([[2, false]]);
  });

  it("reports unreadable lines in the middle: bad JSON, bad UTF-8, a zero-filled tail", () => {
    const enc = new TextEncoder();
    const parts = [
      enc.encode(`${line(a1)}\n{"v":1,"pack":\n`),
      new Uint8Array([0xff, 0xfe, 0x0a]),
      enc.encode(`${line(a2)}\n`),
      new Uint8Array(16),
    ];
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    const log = readLog(all, answerCodec);
    expect(log.records).toEqual([a1, a2]);
    expect(log.damaged.map((d) => [d.line, d.incomplete])).toEqual([
      [2, false],
      [3, false],
      [5, true],
    ]);
    expect(log.foreign).toBe(false);
  });

  it("takes a file of the right shape but a newer version as ours, and counts those records", () => {
    const newer = JSON.stringify({ v: 2, what: "else" });
    const log = readLog(bytes(`${newer}\n${line(a1)}\n`), answerCodec);
    expect([log.records, log.newer, log.foreign, log.damaged]).toEqual([[a1], 1, false, []]);
    expect(readLog(bytes(`${newer}\n`), answerCodec).foreign).toBe(false);
  });

  it("calls a file with no record and text that is not ours foreign", () => {
    for (const text of [
      "hello\nworld\n",
      `[${line(a1)}]\n`,
      "\u0089PNG\r\n\u001a\n",
      `${flagCodec.serialise(flag({ question: "q" }))}\nnotes\n`,
    ]) {
      expect(readLog(bytes(text), answerCodec)).toMatchObject({ foreign: true, records: [] });
    }
  });

  it("does not call foreign a log whose only record was cut short, nor an empty file", () => {
    expect(readLog(bytes(line(a1).slice(0, 12)), answerCodec)).toMatchObject({
      foreign: false,
      damaged: [{ line: 1, offset: 0, incomplete: true }],
    });
    // Regression (found by the cut-anywhere property): a first write cut after one byte.
    expect(readLog(bytes("{"), answerCodec)).toMatchObject({ foreign: false, records: [] });
    expect(readLog(bytes(""), answerCodec)).toEqual({
      records: [],
      damaged: [],
      newer: 0,
      foreign: false,
      endsWithNewline: true,
    });
  });
});
