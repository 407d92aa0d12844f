import { describe, expect, it } from "vitest";
import { fitWidth, wrapText, wrapWidth } from "../../../src/core/text/fit-width.js";

describe("fitWidth", () => {
  it("cuts a line to the width with an ellipsis, counting characters, not bytes", () => {
    expect(fitWidth("réussite", 8)).toBe("réussite");
    expect(fitWidth("réussites", 8)).toBe("réussit…");
    expect(fitWidth("abc", 1)).toBe("…");
    expect(fitWidth("abc", 0)).toBe("");
  });
});

describe("wrapWidth", () => {
  it("breaks at spaces, indents the following lines, cuts a word longer than a line", () => {
    expect(wrapWidth("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrapWidth("    one two three", 11, 4)).toEqual(["    one two", "    three"]);
    expect(wrapWidth("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("never leaves French punctuation at the start of a line", () => {
    expect(wrapWidth("Qui a dit « non » ?", 14)).toEqual(["Qui a dit", "«\u00a0non\u00a0»\u00a0?"]);
  });
});

describe("wrapText", () => {
  it("breaks long lines at spaces, hanging their rows under where their text starts", () => {
    expect(
      wrapText(
        "  1. Sur quel réseau social Satya Nadella a-t-il annoncé l'arrivée de Sam Altman ?\nshort",
        40,
      ).split("\n"),
    ).toEqual([
      "  1. Sur quel réseau social Satya",
      "     Nadella a-t-il annoncé l'arrivée de",
      "     Sam Altman\u00a0?",
      "short",
    ]);
    expect(
      wrapText("  2023-11-17   Le conseil a évincé Sam Altman de son poste", 36).split("\n"),
    ).toEqual([
      "  2023-11-17   Le conseil a évincé",
      "               Sam Altman de son",
      "               poste",
    ]);
  });
});
