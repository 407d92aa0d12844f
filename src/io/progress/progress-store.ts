import { join } from "node:path";
import type { Language } from "../../core/i18n/language.js";
import type { MessageKey, Said } from "../../core/i18n/msg.js";
import {
  type FlagRecord,
  type LastScore,
  type ProgressPort,
  type SessionRecord,
  standingFlags,
} from "../../core/progress/port.js";
import {
  answerCodec,
  flagCodec,
  isAnswerRecord,
  isFlagRecord,
  isSessionRecord,
  sessionCodec,
} from "../../core/progress/records.js";
import { nextDue } from "../../core/progress/review-listing.js";
import { buildSchedule, type Schedule } from "../../core/progress/schedule.js";
import { dueCount, itemHistoryOf } from "../../core/progress/selection.js";
import { DEFAULT_SETTINGS, parseSettings } from "../../core/progress/settings.js";
import { lastScoreFrom } from "../../core/progress/stats.js";
import type { AnswerRecord } from "../../core/quiz/answer-record.js";
import { readInterruptedQuiz } from "../../core/quiz/interrupted.js";
import { dataDir } from "../paths.js";
import { AppendLog, type LogContext } from "./append-log.js";
import { DamageBook } from "./damage-book.js";
import { JsonFile } from "./json-file.js";
import { Notices } from "./notices.js";
import { nodeStoreFs, type StoreFs } from "./store-fs.js";

// Storage: append-only JSON Lines files in <data>/progress/ (see README "Your progress").
// - The log is the truth; schedules and statistics are derived from it on every run, so a
//   reworded question, a new question kind or new FSRS weights never need a migration.
// - Appending never rewrites a byte already written: a run killed mid-write can damage only
//   the record it was writing, and the reader skips that one line and keeps the rest.
// - Two newsquiz processes may answer at once: each record is one write(2) on an O_APPEND
//   descriptor, which the kernel places at the end of the file in one piece, so no lock is
//   needed (a lock file left by a killed run would need stale-lock recovery) and no record is
//   lost. A file that is rewritten whole (the unfinished quiz, the settings) goes through a
//   temporary file and a rename.
// - Plain text: readable, greppable, `jq`-able, backed up by copying a folder. Node 20 has no
//   SQLite of its own (node:sqlite arrived in 22), and a WebAssembly SQLite (sql.js) rewrites
//   its whole database file on every save, which loses a concurrent writer's answers.

/** Where the progress store lives: `<data>/progress` (`$NEWSQUIZ_HOME/progress`). */
export function progressDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), "progress");
}

export interface ProgressStoreOptions {
  /** The store's folder, usually {@link progressDir}. */
  dir: string;
  /** The file system; tests pass one that fails like a full or read-only disk. */
  fs?: StoreFs;
  /** Where one-line notices go, each starting with "newsquiz: ". */
  warn?: (line: string) => void;
  /** The language the notices are said in; English by default. */
  lang?: Language;
  /** The clock, for naming files moved aside and dating skipped lines. */
  now?: () => Date;
}

/** The file-backed progress store: the port the quiz uses, and what stats and review read. */
export interface ProgressStore extends ProgressPort {
  readonly dir: string;
  answers(): readonly AnswerRecord[];
  flags(): readonly FlagRecord[];
  /** The quizzes that ended, oldest first. */
  sessions(): readonly SessionRecord[];
  /** The FSRS memory of every item, derived from the answers (cached until the next answer). */
  schedule(): Schedule;
}

/** Opens the store; nothing is read or written until it is first used. Never throws. */
export function openProgressStore(options: ProgressStoreOptions): ProgressStore {
  const fsys = options.fs ?? nodeStoreFs;
  const now = options.now ?? (() => new Date());
  const notices = new Notices(options.dir, options.warn ?? (() => {}), options.lang);
  let dirReady = false;
  const ctx: LogContext = {
    fs: fsys,
    now,
    notices,
    damage: new DamageBook(join(options.dir, "skipped.jsonl"), fsys),
    ensureDir: () => {
      if (dirReady) return true;
      try {
        fsys.mkdirSync(options.dir, { recursive: true });
        dirReady = true;
      } catch (error) {
        notices.writeFailed(error);
      }
      return dirReady;
    },
  };
  const answers = new AppendLog(join(options.dir, "answers.jsonl"), answerCodec, ctx);
  const flags = new AppendLog(join(options.dir, "flags.jsonl"), flagCodec, ctx);
  const sessions = new AppendLog(join(options.dir, "sessions.jsonl"), sessionCodec, ctx);
  const json = (name: string, what: Said, valid: (value: unknown) => boolean) =>
    new JsonFile(join(options.dir, name), what, fsys, notices, now, valid);
  const interrupted = json("interrupted.json", { key: "store.what.interrupted" }, (v) =>
    Boolean(readInterruptedQuiz((v as { snapshot?: unknown }).snapshot)),
  );
  const settingsFile = json(
    "settings.json",
    { key: "store.what.settings" },
    (v) => parseSettings(v) !== undefined,
  );
  let schedule: Schedule | undefined;

  /** Rewrites a small file; a failure is said once and the caller goes on. */
  const rewrite = (file: JsonFile, value: object): boolean => {
    if (!ctx.ensureDir()) return false;
    try {
      file.write(value);
      return true;
    } catch (error) {
      notices.writeFailed(error);
      return false;
    }
  };

  const append = <T>(log: AppendLog<T>, record: T) => {
    log.append(record);
    schedule = undefined;
  };
  // The quiz hands over what it built; a bug there must not stop the quiz, nor reach the log.
  const malformed = (key: MessageKey, record: unknown) => {
    const question = String((record as { question?: unknown } | undefined)?.question);
    notices.say({ key, vars: { question } });
  };

  return {
    dir: options.dir,
    answers: () => answers.records(),
    flags: () => flags.records(),
    sessions: () => sessions.records(),
    schedule: () => {
      schedule ??= buildSchedule(answers.records(), flags.records());
      return schedule;
    },
    recordAnswer(answer) {
      if (isAnswerRecord(answer)) append(answers, answer);
      else malformed("store.malformed.answer", answer);
    },
    recordFlag(flag) {
      if (isFlagRecord(flag)) append(flags, flag);
      else malformed("store.malformed.flag", flag);
    },
    recordSession(session) {
      if (isSessionRecord(session)) sessions.append(session);
      else {
        const id = String((session as { session?: unknown } | undefined)?.session);
        notices.say({ key: "store.malformed.session", vars: { id } });
      }
    },
    flaggedQuestions: (pack, packHash) =>
      new Set(
        standingFlags(flags.records())
          .filter((f) => f.pack === pack && f.packHash === packHash)
          .map((f) => f.question),
      ),
    lastScore: (pack): LastScore | undefined =>
      lastScoreFrom(sessions.records(), answers.records(), pack),
    dueCount(pack, at) {
      return dueCount(this.schedule(), pack, at);
    },
    nextReview(pack, at) {
      return nextDue(this.schedule(), at, pack);
    },
    itemHistory(pack) {
      return itemHistoryOf(this.schedule(), pack);
    },
    saveInterrupted(quiz) {
      const state = interrupted.read();
      if (state.kind === "newer" || state.kind === "unreadable") return;
      rewrite(interrupted, { v: 1, snapshot: quiz });
    },
    takeInterrupted() {
      const state = interrupted.read();
      if (state.kind !== "value") return undefined;
      return readInterruptedQuiz((state.value as { snapshot: unknown }).snapshot);
    },
    clearInterrupted() {
      try {
        interrupted.remove();
      } catch (error) {
        notices.writeFailed(error);
      }
    },
    settings() {
      const state = settingsFile.read();
      return state.kind === "value" ? parseSettings(state.value)! : { ...DEFAULT_SETTINGS };
    },
    saveSettings(settings) {
      const state = settingsFile.read();
      if (state.kind === "newer" || state.kind === "unreadable") {
        notices.say({ key: "store.settings.kept", vars: { file: settingsFile.path } });
        return false;
      }
      return rewrite(settingsFile, { ...settings, v: 1 });
    },
  };
}
