import { describe, expect, it } from "vitest";
import type { Language } from "../../../src/core/facts/model.js";
import { LANGUAGES } from "../../../src/core/i18n/language.js";
import { grammarOf, phrasingOf } from "../../../src/core/languages/phrasings.js";

describe("the languages' grammars", () => {
  it("loads one per language newsquiz writes, each its own", () => {
    expect(LANGUAGES.map((lang) => phrasingOf(lang).englishName)).toEqual(["French", "English"]);
  });

  it("names the file to fix when a language has no grammar or its module exports none", () => {
    expect(() => phrasingOf("xx" as Language)).toThrow(
      'no grammar for "xx": src/core/languages/xx/phrasing.ts',
    );
    expect(() => grammarOf("xx", {})).toThrow(
      "src/core/languages/xx/phrasing.ts exports no `phrasing`",
    );
  });
});
