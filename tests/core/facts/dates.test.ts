import { describe, expect, it } from "vitest";
import {
  addDays,
  comparePartialDates,
  daysBetween,
  parsePartialDate,
  weekday,
} from "../../../src/core/facts/dates.js";

describe("partial dates", () => {
  it("reads day, month and year precision", () => {
    expect(parsePartialDate("2023-11-17")).toEqual({
      year: 2023,
      month: 11,
      day: 17,
      precision: "day",
    });
    expect(parsePartialDate("2023-11")).toEqual({ year: 2023, month: 11, precision: "month" });
    expect(parsePartialDate("2015")).toEqual({ year: 2015, precision: "year" });
  });

  it("refuses days that do not exist", () => {
    expect(parsePartialDate("2023-02-30")).toBeNull();
    expect(parsePartialDate("2023-02-29")).toBeNull();
    expect(parsePartialDate("2024-02-29")).not.toBeNull();
    expect(parsePartialDate("2023-13")).toBeNull();
    expect(parsePartialDate("17/11/2023")).toBeNull();
  });

  it("orders a month before the days it contains", () => {
    const sorted = ["2023-11-20", "2015", "2023-11", "2023-11-17"].sort(comparePartialDates);
    expect(sorted).toEqual(["2015", "2023-11", "2023-11-17", "2023-11-20"]);
  });

  it("knows the weekday and counts days", () => {
    expect(weekday("2023-11-17")).toBe(5);
    expect(daysBetween("2023-11-17", "2023-11-20")).toBe(3);
    expect(addDays("2023-11-21", -4)).toBe("2023-11-17");
    expect(Number.isNaN(daysBetween("2023-11", "2023-11-20"))).toBe(true);
  });
});
