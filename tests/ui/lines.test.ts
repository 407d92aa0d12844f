import { describe, expect, it } from "vitest";
import { bar, item, truncate, wrap } from "../../src/ui/lines.js";
import { firstRow } from "../../src/ui/screen.js";

describe("rows for the terminal", () => {
  it("wraps words to the width, breaks words longer than a row, hangs an indent", () => {
    expect(wrap("Le renvoi de Sam Altman par le conseil", 12)).toEqual([
      "Le renvoi de",
      "Sam Altman",
      "par le",
      "conseil",
    ]);
    expect(wrap("supercalifragilistic", 8)).toEqual(["supercal", "ifragili", "stic"]);
    expect(wrap("one two three", 7, "  ")).toEqual(["one two", "  three"]);
    expect(wrap("a\n\nb", 5)).toEqual(["a", "", "b"]);
  });

  it("truncates with an ellipsis, counting accented letters once", () => {
    expect(truncate("Émmett Shear", 20)).toBe("Émmett Shear");
    expect(truncate("Emmett Shear", 6)).toBe("Emmet…");
  });

  it("builds list items whose wrapped rows hang under the text", () => {
    expect(
      item("› 1. ", "directeur de la recherche", 16).map((l) => l.map((s) => s.text).join("")),
    ).toEqual(["› 1. directeur", "     de la", "     recherche"]);
  });

  it("draws bars and keeps the focused row in view", () => {
    expect(bar(0.75, 8)).toBe("██████░░");
    expect(firstRow(30, 10, 0, 15)).toBe(6);
    expect(firstRow(30, 10, 25, undefined)).toBe(20);
    expect(firstRow(5, 10, 3, undefined)).toBe(0);
    // The rows below the focus stay in view when they fit; the focus wins when they do not.
    expect(firstRow(20, 10, 0, 3, 12)).toBe(3);
    expect(firstRow(30, 10, 0, 3, 25)).toBe(3);
  });
});
