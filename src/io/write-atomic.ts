import * as fs from "node:fs";
import { dirname } from "node:path";

/**
 * The file operations an atomic write uses, so that the progress store's tests can make any of
 * them fail as a full or read-only disk would.
 */
export type AtomicFs = Pick<
  typeof fs,
  "openSync" | "writeSync" | "closeSync" | "fsyncSync" | "renameSync" | "unlinkSync"
>;

let tempCounter = 0;

/**
 * Replaces a file's content safely: written in full to a temporary file beside it, flushed to
 * the disk, then renamed over the old one (atomic on one disk), so a run killed half-way leaves
 * the old file whole. The file's folder must exist; a short write is reported as ENOSPC.
 */
export function replaceFile(path: string, content: string | Uint8Array, fsys: AtomicFs = fs): void {
  const temp = `${path}.${process.pid}-${++tempCounter}.tmp`;
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const fd = fsys.openSync(temp, "wx", 0o644);
  let open = true;
  try {
    let done = 0;
    while (done < bytes.length) {
      const n = fsys.writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw Object.assign(new Error(`short write to ${temp}`), { code: "ENOSPC" });
      done += n;
    }
    fsys.fsyncSync(fd);
    open = false;
    fsys.closeSync(fd);
    fsys.renameSync(temp, path);
  } catch (error) {
    try {
      if (open) fsys.closeSync(fd);
      fsys.unlinkSync(temp);
    } catch {}
    throw error;
  }
}

/** `replaceFile`, making the file's folder first when it is not there yet (a new pack's). */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  fs.mkdirSync(dirname(path), { recursive: true });
  replaceFile(path, content);
}
