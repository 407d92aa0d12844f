import type { FormatCode } from "../format.js";
import { parseGift } from "./parse.js";
import { writeGift } from "./write.js";

/** GIFT's reader and writer (what it is: about.ts). */
export const giftCode: FormatCode = {
  read: parseGift,
  write: (questions) => writeGift(questions),
};
