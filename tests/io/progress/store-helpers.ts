import * as fs from "node:fs";
import { join } from "node:path";
import type { Language } from "../../../src/core/i18n/language.js";
import type { InterruptedQuiz } from "../../../src/core/quiz/interrupted.js";
import { startQuiz } from "../../../src/core/quiz/session.js";
import { openProgressStore, type ProgressStore } from "../../../src/io/progress/progress-store.js";
import type { StoreFs } from "../../../src/io/progress/store-fs.js";
import { single } from "../../core/quiz/fixtures.js";
import { tempHome } from "../../helpers/run-cli.js";

/** A store in a fresh temporary NEWSQUIZ_HOME, with its notices collected. */
export function tempStore(
  options: { dir?: string; fs?: StoreFs; now?: () => Date; lang?: Language } = {},
): {
  store: ProgressStore;
  dir: string;
  notices: string[];
} {
  const dir = options.dir ?? join(tempHome(), "progress");
  const notices: string[] = [];
  const store = openProgressStore({
    dir,
    fs: options.fs,
    warn: (line) => notices.push(line),
    lang: options.lang,
    now: options.now ?? (() => new Date("2024-03-15T10:00:00.000Z")),
  });
  return { store, dir, notices };
}

/** An error as node:fs throws it. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with writes failing as a full disk (ENOSPC) would while `full()`. */
export function fullDisk(full: () => boolean): StoreFs {
  return {
    ...fs,
    writeSync: ((...args: Parameters<typeof fs.writeSync>) => {
      if (full()) throw fsError("ENOSPC");
      return (fs.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync,
  };
}

/** The real file system, with everything that writes failing as a read-only one (EROFS). */
export function readOnlyDisk(): StoreFs {
  const refuse = () => {
    throw fsError("EROFS");
  };
  return {
    ...fs,
    openSync: ((path: fs.PathLike, flags: fs.OpenMode = "r", mode?: fs.Mode) => {
      if (flags !== "r") refuse();
      return fs.openSync(path, flags, mode);
    }) as typeof fs.openSync,
    mkdirSync: refuse as typeof fs.mkdirSync,
    renameSync: refuse as typeof fs.renameSync,
    unlinkSync: refuse as typeof fs.unlinkSync,
  };
}

/** A quiz left at its `index`-th question (0-based), as the store keeps it. */
export function leftQuizAt(index = 0, pack = "p"): InterruptedQuiz {
  const question = (id: string) => ({ ...single, id });
  const session = startQuiz({
    id: `${pack}-s1`,
    pack,
    packHash: "h1",
    seed: 1,
    questions: [question("q1"), question("q2"), question("q3")],
    now: Date.parse("2024-03-15T09:00:00Z"),
  });
  return {
    session: { ...session, index },
    packFile: `/packs/${pack}/pack.yaml`,
    title: "A pack",
    lang: "en",
    savedAt: Date.parse("2024-03-15T09:05:00Z"),
  };
}
