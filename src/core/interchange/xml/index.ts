import type { FormatCode } from "../format.js";
import { parseMoodleXml } from "./parse.js";
import { writeMoodleXml } from "./write.js";

/** Moodle XML's reader and writer (what it is: about.ts). */
export const xmlCode: FormatCode = {
  read: parseMoodleXml,
  write: (questions) => writeMoodleXml(questions),
};
