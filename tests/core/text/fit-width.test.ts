import { describe, expect, it } from "vitest";
import { fitWidth, wrapWidth } from "../../../src/core/text/fit-width.js";

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
