import type { FormatCode } from "../format.js";
import { parseAiken } from "./parse.js";
import { writeAiken } from "./write.js";

/** Aiken's reader and writer (what it is: about.ts). */
export const aikenCode: FormatCode = {
  read: parseAiken,
  write: (questions, pack) => writeAiken(questions, pack.language),
};
