import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/text/language.js";

describe("language detection", () => {
  it("tells French from English by their function words", () => {
    expect(
      detectLanguage("Le conseil a renvoyé le patron de la société dans la soirée.")?.lang,
    ).toBe("fr");
    expect(
      detectLanguage("The board fired the chief executive of the company on Friday.")?.lang,
    ).toBe("en");
  });

  it("says nothing when there are too few words to tell", () => {
    expect(detectLanguage("OpenAI, Microsoft")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });
});
