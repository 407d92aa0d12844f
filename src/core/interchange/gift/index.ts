import type { InterchangeFormat } from "../format.js";
import { parseGift } from "./parse.js";
import { writeGift } from "./write.js";

/** GIFT, Moodle's text format. */
export const gift: InterchangeFormat<"gift"> = {
  id: "gift",
  title: "GIFT",
  readsName: /\.gift(?:\.txt)?$/,
  extension: ".gift",
  read: parseGift,
  write: (questions) => writeGift(questions),
};
