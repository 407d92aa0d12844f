import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/facts/model.js";
import {
  formatClaimValue,
  formatDate,
  formatDateAdverbial,
  formatQuantity,
} from "../../../src/core/i18n/format.js";

const claim = (fields: Partial<Claim>): Claim => ({
  id: "c",
  about: "le nombre de signataires",
  value: 0,
  qualifier: "exactly",
  sources: ["s"],
  ...fields,
});

describe("dates as readers write them", () => {
  it("writes French dates with the weekday and 1er", () => {
    expect(formatDate("2023-11-17", "fr", { weekday: true })).toBe("vendredi 17 novembre 2023");
    expect(formatDate("2023-12-01", "fr")).toBe("1er décembre 2023");
    expect(formatDate("2023-01", "fr")).toBe("janvier 2023");
    expect(formatDate("2015", "fr")).toBe("2015");
    expect(formatDateAdverbial("2023-11-20", "fr", { weekday: true })).toBe(
      "le lundi 20 novembre 2023",
    );
    expect(formatDateAdverbial("2019", "fr")).toBe("en 2019");
  });

  it("writes English dates", () => {
    expect(formatDate("2023-11-17", "en", { weekday: true })).toBe("Friday, November 17, 2023");
    expect(formatDateAdverbial("2023-11", "en")).toBe("in November 2023");
  });
});

describe("quantities", () => {
  it("writes large sums in words with the right preposition", () => {
    expect(formatQuantity(13e9, "dollars", "fr")).toBe("13 milliards de dollars");
    expect(formatQuantity(1e9, "dollars", "fr")).toBe("1 milliard de dollars");
    expect(formatQuantity(1.5e9, "euros", "fr")).toBe("1,5 milliard d'euros");
    expect(formatQuantity(13e9, "dollars", "en")).toBe("13 billion dollars");
    expect(formatQuantity(33000, "workers", "en")).toBe("33,000 workers");
    expect(formatQuantity(94.6, "%", "en")).toBe("94.6%");
    expect(formatQuantity(90, "%", "fr")).toBe("90\u00a0%");
  });

  it("states a claim's figure with its qualifier and total", () => {
    const letter = claim({ value: 500, total: 770, qualifier: "more-than", unit: "employés" });
    expect(formatClaimValue(letter, "fr")).toBe("plus de 500 sur 770 employés");
    const about = claim({ value: 650, total: 700, totalQualifier: "about", unit: "employés" });
    expect(formatClaimValue(about, "fr")).toBe("650 sur environ 700 employés");
    expect(formatClaimValue(letter, "en")).toBe("more than 500 of 770 employés");
  });
});
