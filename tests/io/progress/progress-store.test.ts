import * as fs from "node:fs";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerCodec } from "../../../src/core/progress/records.js";
import { answer, flag } from "../../helpers/answers.js";
import { fsError, fullDisk, leftQuizAt, readOnlyDisk, tempStore } from "./store-helpers.js";

const a1 = answer({ at: "2024-03-01T09:00:00.000Z", question: "q1", session: "s1" });
const a2 = answer({
  at: "2024-03-01T09:01:00.000Z",
  question: "q2",
  correct: false,
  session: "s1",
});
const a3 = answer({ at: "2024-03-02T09:00:00.000Z", question: "q3", facts: ["f3"], session: "s2" });
const line = (a: typeof a1) => `${answerCodec.serialise(a)}\n`;

describe("the progress store", () => {
  it("keeps answers and flags across runs, one JSON line each", () => {
    const first = tempStore();
    first.store.recordAnswer(a1);
    first.store.recordAnswer(a2);
    first.store.recordFlag(flag({ question: "q2" }));
    expect(readFileSync(join(first.dir, "answers.jsonl"), "utf8")).toBe(line(a1) + line(a2));

    const second = tempStore({ dir: first.dir });
    expect(second.store.answers()).toEqual([a1, a2]);
    expect(second.store.flaggedQuestions("p", "h1")).toEqual(new Set(["q2"]));
    expect(second.store.flaggedQuestions("p", "h2")).toEqual(new Set());
    expect(second.store.lastScore("p")).toEqual({
      score: 1,
      total: 2,
      at: "2024-03-01T09:01:00.000Z",
    });
    expect(second.store.lastScore("other")).toBeUndefined();
    expect(second.notices).toEqual([]);
  });

  it("keeps the score each quiz ended with: the last one is the pack's last score", () => {
    const first = tempStore();
    first.store.recordAnswer(a1);
    first.store.recordAnswer(a2);
    // Three questions asked: the third was skipped, and left no answer.
    const ended = { v: 1, pack: "p", packHash: "h1", session: "s1", score: 1, total: 3 } as const;
    first.store.recordSession({ ...ended, asked: 3, at: "2024-03-01T09:02:00.000Z" });
    first.store.recordSession({
      ...ended,
      pack: "other",
      at: "2024-03-01T10:00:00.000Z",
      asked: 3,
    });
    expect(readFileSync(join(first.dir, "sessions.jsonl"), "utf8").split("\n")[0]).toBe(
      '{"v":1,"pack":"p","packHash":"h1","session":"s1","score":1,"total":3,"asked":3,"at":"2024-03-01T09:02:00.000Z"}',
    );
    const second = tempStore({ dir: first.dir });
    expect(second.store.lastScore("p")).toEqual({
      score: 1,
      total: 3,
      at: "2024-03-01T09:02:00.000Z",
    });
    // Once quizzes say how they ended, a pack with answers but no ended quiz has no last score.
    second.store.recordAnswer({ ...a1, pack: "third" });
    expect(second.store.lastScore("third")).toBeUndefined();
  });

  it("refuses a malformed score with a line, and goes on", () => {
    const { store, notices } = tempStore();
    const bad = { v: 1, pack: "p", packHash: "h1", session: "s9", score: 4, total: 3, asked: 3 };
    store.recordSession({ ...bad, at: "2024-03-01T09:02:00.000Z" } as never);
    expect(store.sessions()).toEqual([]);
    expect(notices).toEqual(['newsquiz: the score of quiz "s9" is malformed and was not saved']);
  });

  it("counts what is due, and counts an answer as soon as it is recorded", () => {
    const { store } = tempStore();
    store.recordAnswer(a1);
    // q2 flagged: its miss does not count, so only f1's right answer schedules it (2 days).
    store.recordFlag(flag({ question: "q2" }));
    store.recordAnswer(a2);
    expect(store.dueCount("p", new Date("2024-03-03T08:59:00Z"))).toBe(0);
    expect(store.dueCount("p", new Date("2024-03-03T09:00:00Z"))).toBe(1);
    store.recordAnswer(a3);
    expect(store.dueCount("p", new Date("2024-03-05T09:00:00Z"))).toBe(2);
  });

  it("loads a log whose last line was cut short: skips it, says so once, keeps the rest", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    const cut = line(a3).slice(0, 50);
    writeFileSync(join(dir, "answers.jsonl"), line(a1) + line(a2) + cut);

    const first = tempStore({ dir });
    expect(first.store.answers()).toEqual([a1, a2]);
    expect(first.notices).toEqual([
      `newsquiz: ${join(dir, "answers.jsonl")}: line 3 was cut short (a run stopped while writing it) and is skipped; 2 answers are kept; the skipped text is in skipped.jsonl`,
    ]);
    // The fragment is kept, and the next record starts on a line of its own.
    expect(JSON.parse(readFileSync(join(dir, "skipped.jsonl"), "utf8"))).toMatchObject({
      file: "answers.jsonl",
      text: cut,
    });
    first.store.recordAnswer(a3);

    const second = tempStore({ dir });
    expect(second.store.answers()).toEqual([a1, a2, a3]);
    expect(second.notices).toEqual([]);
  });

  it("reads again a last line another newsquiz is still writing, rather than call it cut short", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, "answers.jsonl");
    writeFileSync(path, line(a1) + line(a2));
    // The first read sees the other process's record half-written; it is whole a moment later.
    let reads = 0;
    const racing = {
      ...fs,
      readFileSync: ((file: fs.PathOrFileDescriptor, options?: unknown) => {
        const bytes = fs.readFileSync(file, options as undefined);
        if (file === path && reads++ === 0)
          return Buffer.concat([bytes, Buffer.from(line(a3).slice(0, 50))]);
        return file === path ? Buffer.concat([bytes, Buffer.from(line(a3))]) : bytes;
      }) as typeof fs.readFileSync,
    };
    const { store, notices } = tempStore({ dir, fs: racing });
    expect(store.answers()).toEqual([a1, a2, a3]);
    expect(notices).toEqual([]);
    expect(existsSync(join(dir, "skipped.jsonl"))).toBe(false);
  });

  it("moves a foreign file aside, byte for byte, and starts a new log", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    const foreign = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    writeFileSync(join(dir, "answers.jsonl"), foreign);
    writeFileSync(join(dir, "answers.jsonl.corrupt-20240315T100000Z"), "an earlier one");

    const { store, notices } = tempStore({ dir });
    store.recordAnswer(a1);
    expect(notices).toEqual([
      `newsquiz: ${join(dir, "answers.jsonl")} is not a newsquiz answer log; moved it to answers.jsonl.corrupt-20240315T100000Z-2 and started a new one`,
    ]);
    expect(readFileSync(join(dir, "answers.jsonl.corrupt-20240315T100000Z-2"))).toEqual(foreign);
    expect(readFileSync(join(dir, "answers.jsonl.corrupt-20240315T100000Z"), "utf8")).toBe(
      "an earlier one",
    );
    expect(readFileSync(join(dir, "answers.jsonl"), "utf8")).toBe(line(a1));
  });

  it("says in the interface's language what it does with a foreign or damaged file", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "flags.jsonl"), "ma liste de courses\n");
    writeFileSync(join(dir, "answers.jsonl"), `${line(a1)}pas une réponse\n${line(a2)}`);
    writeFileSync(join(dir, "settings.json"), "[]");
    const { store, notices } = tempStore({ dir, lang: "fr" });
    store.answers();
    store.flags();
    store.settings();
    expect(notices).toEqual([
      `newsquiz: ${join(dir, "answers.jsonl")} : le texte illisible de la ligne 2 est ignoré ; on garde 2 réponses ; le texte ignoré est dans skipped.jsonl`,
      `newsquiz: ${join(dir, "flags.jsonl")} n'est pas un journal de signalements de newsquiz ; il est mis de côté sous le nom flags.jsonl.corrupt-20240315T100000Z et un nouveau est commencé`,
      `newsquiz: ${join(dir, "settings.json")} ne contient pas de réglages de newsquiz ; il est mis de côté sous le nom settings.json.corrupt-20240315T100000Z`,
    ]);
  });

  it("never writes into a foreign file it cannot move aside", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "answers.jsonl"), "my shopping list\n");
    const { store, notices } = tempStore({
      dir,
      fs: {
        ...fs,
        renameSync: () => {
          throw fsError("EACCES");
        },
      },
    });
    store.recordAnswer(a1);
    store.recordAnswer(a2);
    expect(store.answers()).toEqual([a1, a2]);
    expect(notices).toEqual([
      `newsquiz: ${join(dir, "answers.jsonl")} is not a newsquiz answer log and could not be moved aside (permission denied, EACCES); it is left as it is and new answers are not saved`,
    ]);
    expect(readFileSync(join(dir, "answers.jsonl"), "utf8")).toBe("my shopping list\n");
  });

  it("says in the interface's language that progress cannot be saved, and why", () => {
    const { store, dir, notices } = tempStore({ fs: fullDisk(() => true), lang: "fr" });
    store.recordAnswer(a1);
    expect(notices).toEqual([
      `newsquiz: impossible d'enregistrer la progression dans ${dir} (le disque est plein, ENOSPC) ; le quiz continue sans l'enregistrer`,
    ]);
  });

  it("on a full disk: one line, no exception, the quiz's answers still count in memory", () => {
    let full = true;
    const { store, dir, notices } = tempStore({ fs: fullDisk(() => full) });
    for (const a of [a1, a2, a3]) store.recordAnswer(a);
    store.recordFlag(flag({ question: "q2" }));
    store.saveInterrupted(leftQuizAt(2));
    expect(notices).toEqual([
      `newsquiz: cannot save progress in ${dir} (the disk is full, ENOSPC); the quiz goes on without saving it`,
    ]);
    expect(store.answers()).toEqual([a1, a2, a3]);
    expect(store.dueCount("p", new Date("2024-03-10T00:00:00Z"))).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    // Space comes back: what could not be written is written, in order, with the next answer.
    full = false;
    const a4 = answer({ at: "2024-03-03T09:00:00.000Z", question: "q4", session: "s3" });
    store.recordAnswer(a4);
    expect(readFileSync(join(dir, "answers.jsonl"), "utf8")).toBe(
      line(a1) + line(a2) + line(a3) + line(a4),
    );
    expect(notices).toHaveLength(1);
  });

  it("on a read-only disk: one line, no exception", () => {
    const { store, dir, notices } = tempStore({ fs: readOnlyDisk() });
    store.recordAnswer(a1);
    store.recordFlag(flag({ question: "q1" }));
    store.saveInterrupted(leftQuizAt(1));
    store.clearInterrupted();
    expect(store.saveSettings({ v: 1, certainty: true })).toBe(false);
    expect(notices).toEqual([
      `newsquiz: cannot save progress in ${dir} (the file system is read-only, EROFS); the quiz goes on without saving it`,
    ]);
    expect(store.answers()).toEqual([a1]);
    expect(existsSync(dir)).toBe(false);
  });

  // chmod stops no write for root (as in CI, where the test above, through the seam, stands in).
  it.skipIf(process.getuid?.() === 0)(
    "in a read-only folder (chmod): one line, no exception",
    () => {
      const { dir } = tempStore();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "answers.jsonl"), line(a1));
      chmodSync(join(dir, "answers.jsonl"), 0o444);
      chmodSync(dir, 0o555);
      try {
        const { store, notices } = tempStore({ dir });
        store.recordAnswer(a2);
        store.saveInterrupted(leftQuizAt(2));
        expect(store.answers()).toEqual([a1, a2]);
        expect(notices).toEqual([
          `newsquiz: cannot save progress in ${dir} (permission denied, EACCES); the quiz goes on without saving it`,
        ]);
      } finally {
        chmodSync(dir, 0o755);
      }
    },
  );

  it("recovers the records around a write cut short by a full disk", () => {
    let calls = 0;
    const half: typeof fs.writeSync = ((fd: number, buffer: Uint8Array) => {
      calls++;
      // The second answer's write stops half-way, the next write fails, then space is back.
      if (calls === 2) return fs.writeSync(fd, buffer, 0, Math.floor(buffer.length / 2));
      if (calls === 3) throw fsError("ENOSPC");
      return fs.writeSync(fd, buffer);
    }) as typeof fs.writeSync;
    const { store, dir, notices } = tempStore({ fs: { ...fs, writeSync: half } });
    store.recordAnswer(a1);
    store.recordAnswer(a2);
    store.recordAnswer(a3);
    const a4 = answer({ at: "2024-03-03T09:00:00.000Z", question: "q4", session: "s3" });
    store.recordAnswer(a4);
    expect(notices).toHaveLength(1);

    // The retried second answer was appended after its own fragment, on the same line.
    const reread = tempStore({ dir });
    expect(reread.store.answers()).toEqual([a1, a2, a3, a4]);
    expect(reread.notices).toEqual([
      `newsquiz: ${join(dir, "answers.jsonl")}: unreadable text on line 2 is skipped; 4 answers are kept; the skipped text is in skipped.jsonl`,
    ]);
  });

  it("refuses a malformed answer with a line, and goes on", () => {
    const { store, notices } = tempStore();
    store.recordAnswer({ ...a1, correct: "yes" } as unknown as typeof a1);
    store.recordAnswer(a2);
    expect(store.answers()).toEqual([a2]);
    expect(notices).toEqual(['newsquiz: an answer to "q1" is malformed and was not saved']);
  });
});

describe("the unfinished quiz", () => {
  it("is kept across runs until cleared", () => {
    const { store, dir } = tempStore();
    expect(store.takeInterrupted()).toBeUndefined();
    store.saveInterrupted(leftQuizAt(1));
    store.saveInterrupted(leftQuizAt(2));
    const next = tempStore({ dir });
    expect(next.store.takeInterrupted()).toEqual(leftQuizAt(2));
    // Taking it does not forget it: a run that dies before resuming leaves it for the next.
    expect(next.store.takeInterrupted()).toEqual(leftQuizAt(2));
    next.store.clearInterrupted();
    next.store.clearInterrupted();
    expect(tempStore({ dir }).store.takeInterrupted()).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual([]);
    expect(next.notices).toEqual([]);
  });

  it("moves aside a snapshot that is no quiz it can take up again", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    const broken = { ...leftQuizAt(1), session: { ...leftQuizAt(1).session, index: 7 } };
    writeFileSync(join(dir, "interrupted.json"), JSON.stringify({ v: 1, snapshot: broken }));
    const { store, notices } = tempStore({ dir });
    expect(store.takeInterrupted()).toBeUndefined();
    expect(notices).toEqual([
      `newsquiz: ${join(dir, "interrupted.json")} does not hold a saved unfinished quiz; moved it to interrupted.json.corrupt-20240315T100000Z`,
    ]);
  });

  it("moves an unreadable snapshot aside, and leaves a newer newsquiz's alone", () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "interrupted.json"), '{"v":1,"snap');
    const { store, notices } = tempStore({ dir });
    expect(store.takeInterrupted()).toBeUndefined();
    expect(notices).toEqual([
      `newsquiz: ${join(dir, "interrupted.json")} does not hold a saved unfinished quiz; moved it to interrupted.json.corrupt-20240315T100000Z`,
    ]);
    writeFileSync(join(dir, "interrupted.json"), '{"v":2,"future":true}');
    store.saveInterrupted(leftQuizAt(0));
    expect(store.takeInterrupted()).toBeUndefined();
    expect(readFileSync(join(dir, "interrupted.json"), "utf8")).toBe('{"v":2,"future":true}');
  });
});

describe("the settings", () => {
  it("default to certainty mode off, and are saved whole", () => {
    const { store, dir } = tempStore();
    expect(store.settings()).toEqual({ v: 1, certainty: false });
    expect(store.saveSettings({ v: 1, certainty: true })).toBe(true);
    expect(tempStore({ dir }).store.settings()).toEqual({ v: 1, certainty: true });
  });

  it("move aside a settings file that is not newsquiz's, and start from the defaults", () => {
    const { store, dir, notices } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "settings.json"), '{"v":1,"certainty":"yes"}');
    expect(store.settings()).toEqual({ v: 1, certainty: false });
    expect(notices[0]).toMatch(
      /settings\.json does not hold newsquiz settings; moved it to settings\.json\.corrupt-/,
    );
  });

  it("keep a setting a newer newsquiz added", () => {
    const { store, dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "settings.json"), '{"v":1,"certainty":false,"theme":"dark"}');
    store.saveSettings({ ...store.settings(), certainty: true });
    expect(JSON.parse(readFileSync(join(dir, "settings.json"), "utf8"))).toEqual({
      v: 1,
      certainty: true,
      theme: "dark",
    });
  });
});
