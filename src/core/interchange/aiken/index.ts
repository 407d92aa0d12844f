import type { InterchangeFormat } from "../format.js";
import { parseAiken } from "./parse.js";
import { writeAiken } from "./write.js";

/** Aiken: single-choice questions, one line a text. */
export const aiken: InterchangeFormat<"aiken"> = {
  id: "aiken",
  title: "Aiken",
  readsName: /\.aiken(?:\.txt)?$/,
  extension: ".aiken",
  read: parseAiken,
  write: (questions, pack) => writeAiken(questions, pack.language),
};
