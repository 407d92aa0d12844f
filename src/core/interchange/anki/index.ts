import type { InterchangeFormat } from "../format.js";
import { parseAnki } from "./parse.js";
import { writeAnki } from "./write.js";

/** Anki's tab-separated notes, told by their `#separator:tab` header. */
export const anki: InterchangeFormat<"anki"> = {
  id: "anki",
  title: "Anki text",
  read: parseAnki,
  write: writeAnki,
};
