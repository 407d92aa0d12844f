import type { InterchangeFormat } from "../format.js";
import { parseMoodleXml } from "./parse.js";
import { writeMoodleXml } from "./write.js";

/** Moodle XML; a file is told to be one by its `<quiz>` element, never by its name alone. */
export const xml: InterchangeFormat<"xml"> = {
  id: "xml",
  title: "Moodle XML",
  extension: ".xml",
  read: parseMoodleXml,
  write: (questions) => writeMoodleXml(questions),
};
