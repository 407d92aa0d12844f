import { describe, expect, it } from "vitest";
import { isLetterOrDigit, isLetterOrDigitAnyCase } from "../../../src/core/text/letters.js";

describe("letters", () => {
  it("agree with the Unicode classes on every code point", () => {
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x3000 ? 1 : 17) {
      const c = String.fromCodePoint(cp);
      if (isLetterOrDigit(c) !== /[\p{L}\p{N}]/u.test(c)) wrong.push(cp);
      if (isLetterOrDigitAnyCase(c) !== /[\p{L}\p{N}]/iu.test(c)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it("reads the empty string as no letter", () => {
    expect(isLetterOrDigit("")).toBe(false);
    expect(isLetterOrDigitAnyCase("")).toBe(false);
  });
});
