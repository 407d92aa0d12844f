import type { store as fr } from "../fr/store.js";
import type { Translation } from "../translation.js";

// What the progress store says when its folder cannot be read or written, and why.
export const store = {
  "store.write-failed":
    "cannot save progress in {dir} ({reason}); the quiz goes on without saving it",
  "store.read-failed": "cannot read progress in {dir} ({reason}); going on without it",
  "fs.reason": "{reason}, {code}",
  "fs.ENOSPC": "the disk is full",
  "fs.EDQUOT": "the disk quota is used up",
  "fs.EROFS": "the file system is read-only",
  "fs.EACCES": "permission denied",
  "fs.EPERM": "permission denied",
  "fs.ENOTDIR": "part of the path is not a folder",
  "fs.EISDIR": "it is a folder",
  "fs.EIO": "input/output error",
  "fs.EFBIG": "the file is too large",
  "fs.EMFILE": "too many open files",
  "fs.EEXIST": "a file is in the way",
} satisfies Translation<typeof fr>;
