import type { Translation } from "../../../i18n/messages/translation.js";
import type { store as fr } from "../../fr/messages/store.js";

// What the progress store says when its folder cannot be read or written, and why.
export const store = {
  "store.write-failed":
    "cannot save progress in {dir} ({reason}); the quiz goes on without saving it",
  "store.read-failed": "cannot read progress in {dir} ({reason}); going on without it",
  "store.one.answers": "answer",
  "store.many.answers": "answers",
  "store.one.flags": "flag",
  "store.many.flags": "flags",
  "store.one.sessions": "session",
  "store.many.sessions": "sessions",
  "store.log.foreign":
    "{file} is not a newsquiz {noun} log; moved it to {aside} and started a new one",
  "store.log.foreign-stuck":
    "{file} is not a newsquiz {noun} log and could not be moved aside ({reason}); it is left as it is and new {nouns} are not saved",
  "store.log.newer":
    "{file}: {n} {nouns} written by a newer newsquiz are left as they are; update newsquiz to count them",
  "store.damage.cut": "line {line} was cut short (a run stopped while writing it) and is skipped",
  "store.damage.one": "unreadable text on line {line} is skipped",
  "store.damage.many": "unreadable text on {n} lines ({lines}) is skipped",
  "store.damage.more": "{shown} and {more} more",
  "store.damage.kept": {
    one: "{file}: {what}; {n} {noun} is kept",
    other: "{file}: {what}; {n} {nouns} are kept",
  },
  "store.damage.kept-aside": {
    one: "{file}: {what}; {n} {noun} is kept; the skipped text is in {aside}",
    other: "{file}: {what}; {n} {nouns} are kept; the skipped text is in {aside}",
  },
  "store.what.interrupted": "a saved unfinished quiz",
  "store.what.settings": "newsquiz settings",
  "store.json.foreign": "{file} does not hold {what}; moved it to {aside}",
  "store.json.foreign-stuck":
    "{file} does not hold {what} and could not be moved aside ({reason}); it is left as it is",
  "store.settings.kept": "{file} is kept as it is; the settings are not saved",
  "store.malformed.answer": 'an answer to "{question}" is malformed and was not saved',
  "store.malformed.flag": 'a flag on "{question}" is malformed and was not saved',
  "store.malformed.session": 'the score of quiz "{id}" is malformed and was not saved',
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
