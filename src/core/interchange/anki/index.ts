import type { FormatCode } from "../format.js";
import { parseAnki } from "./parse.js";
import { writeAnki } from "./write.js";

/** Anki's reader and writer (what it is: about.ts). */
export const ankiCode: FormatCode = { read: parseAnki, write: writeAnki };
