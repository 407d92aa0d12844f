import * as fs from "node:fs";
import { isMessageKey, type Said, verbatim } from "../../core/i18n/msg.js";

/**
 * The file operations the progress store uses, so that a test can make any of them fail as a
 * full or read-only disk would (the tests run as root, where chmod alone does not stop a write).
 */
export type StoreFs = Pick<
  typeof fs,
  | "openSync"
  | "writeSync"
  | "closeSync"
  | "fsyncSync"
  | "readFileSync"
  | "renameSync"
  | "unlinkSync"
  | "mkdirSync"
  | "existsSync"
>;

/** The real file system. */
export const nodeStoreFs: StoreFs = fs;

/** The error codes whose reason the catalogue says in words (`fs.ENOSPC`: "the disk is full"). */
const REASONS = new Set([
  "ENOSPC",
  "EDQUOT",
  "EROFS",
  "EACCES",
  "EPERM",
  "ENOTDIR",
  "EISDIR",
  "EIO",
  "EFBIG",
  "EMFILE",
  "EEXIST",
]);

/** A few words saying why a file operation failed ("the disk is full, ENOSPC"), as a message. */
export function fsErrorSaid(error: unknown): Said {
  const code = (error as NodeJS.ErrnoException)?.code;
  const key = `fs.${code}`;
  if (code && REASONS.has(code) && isMessageKey(key)) {
    return { key: "fs.reason", vars: { reason: { key }, code } };
  }
  return verbatim(code ?? (error instanceof Error ? error.message : String(error)));
}

/** Whether a read failed only because the file is not there yet. */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

/**
 * Appends one line with one write(2) on a file opened with O_APPEND: the kernel puts each such
 * write at the end of the file in one piece, so records from processes appending at the same
 * time never interleave (a record is a few hundred bytes; see the README). A short write, which
 * only a full disk causes, is reported as ENOSPC; the reader recovers from the fragment it leaves.
 */
export function appendLine(fsys: StoreFs, path: string, line: string): void {
  const bytes = Buffer.from(`${line}\n`, "utf8");
  const fd = fsys.openSync(path, "a", 0o644);
  try {
    const written = fsys.writeSync(fd, bytes, 0, bytes.length);
    if (written !== bytes.length) {
      throw Object.assign(new Error(`short write to ${path}`), { code: "ENOSPC" });
    }
  } finally {
    fsys.closeSync(fd);
  }
}

/**
 * Moves a file that is not ours (or is damaged beyond reading) out of the way, never over
 * another file: `answers.jsonl` becomes `answers.jsonl.corrupt-20240315T100000Z`.
 */
export function moveAside(fsys: StoreFs, path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  let aside = `${path}.corrupt-${stamp}`;
  for (let n = 2; fsys.existsSync(aside); n++) aside = `${path}.corrupt-${stamp}-${n}`;
  fsys.renameSync(path, aside);
  return aside;
}
