import { describe, expect, it } from "vitest";
import { datesIn } from "../../../helpers/extract.js";

const en = { lang: "en" as const };

describe("English dates", () => {
  it("reads weekdays, full dates and years", () => {
    expect(datesIn("The board fired him on Friday.", en)).toEqual([
      { text: "on Friday", date: "2023-11-17" },
    ]);
    expect(datesIn("The chatbot was released on November 30, 2022.", en)).toEqual([
      { text: "November 30, 2022", date: "2022-11-30" },
    ]);
    expect(datesIn("In 2019, the firm invested $1 billion.", en)).toEqual([
      { text: "In 2019", date: "2019" },
    ]);
    expect(datesIn("It was founded in late 2015.", en)).toEqual([
      { text: "late 2015", date: "2015" },
    ]);
    expect(datesIn("She ran the platform until March.", en)).toEqual([
      { text: "until March", date: "2023-03" },
    ]);
  });

  it("does not read names as dates", () => {
    expect(datesIn("Theresa May resigned.", en)).toEqual([]);
    expect(datesIn("Sat Nam Singh joined the board.", en)).toEqual([]);
  });
});
