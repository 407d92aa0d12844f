import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/facts/model.js";
import {
  formatQuantity,
  formatSpan,
  formatSpanAdverbial,
  formatSpanShort,
} from "../../../src/core/i18n/format.js";
import { labelled, listSeparator, quoted } from "../../../src/core/i18n/typography.js";
import { guessLanguage } from "../../../src/core/interchange/guess-language.js";
import { isLanguage, LANGUAGES } from "../../../src/core/languages/registry.js";
import type { PhraseContext } from "../../../src/core/phrase/context.js";
import { unitIn } from "../../../src/core/phrase/units.js";
import type { WrittenQuestion } from "../../../src/core/question/model.js";
import { mixedLanguage } from "../../../src/core/text/mixed-language.js";

// What each language's about.ts decides, seen through the shared functions that ask it.

describe("the registry of languages", () => {
  it("lists French then English, and knows only their codes", () => {
    expect(LANGUAGES).toEqual(["fr", "en"]);
    expect(["fr", "en", "de", "FR", "", undefined, 3].map(isLanguage)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("punctuation as each language sets it", () => {
  it("quotes, labels and separates clauses", () => {
    expect(quoted("pas plié", "fr")).toBe("« pas plié »");
    expect(quoted("not done", "en")).toBe("“not done”");
    expect(labelled("Score", "3", "fr")).toBe("Score : 3");
    expect(labelled("Score", "3", "en")).toBe("Score: 3");
    expect([listSeparator("fr"), listSeparator("en")]).toEqual([" ; ", "; "]);
  });
});

describe("spans of dates as each language writes them", () => {
  it("says French's month once and elides « de » before a vowel", () => {
    expect(formatSpan("2023-11-18", "2023-11-19", "fr")).toBe(
      "du samedi 18 au dimanche 19 novembre 2023",
    );
    expect(formatSpan("2023-04", "2023-06", "fr")).toBe("d'avril à juin 2023");
    expect(formatSpan("2023-11-18", "2023-11-19", "en")).toBe(
      "from Saturday, November 18 to Sunday, November 19, 2023",
    );
    expect(formatSpanAdverbial("2023-11-18", "2023-11-19", "fr")).toBe(
      "entre le samedi 18 et le dimanche 19 novembre 2023",
    );
    expect(formatSpanAdverbial("2015", "2018", "en")).toBe("between 2015 and 2018");
  });

  it("shortens a span of days in one month for a timeline", () => {
    expect(formatSpanShort("2023-11-01", "2023-11-02", "fr")).toBe("1er–2 novembre 2023");
    expect(formatSpanShort("2023-11-18", "2023-11-19", "en")).toBe("November 18–19, 2023");
  });
});

describe("large figures as each language says them", () => {
  it("puts French's word in the plural from two, and « de » before the unit", () => {
    expect(formatQuantity(13e9, "dollars", "fr")).toBe("13 milliards de dollars");
    expect(formatQuantity(1.5e9, "euros", "fr")).toBe("1,5 milliard d'euros");
    expect(formatQuantity(2e12, undefined, "fr")).toBe("2 billions");
    expect(formatQuantity(13e9, "dollars", "en")).toBe("13 billion dollars");
    expect(formatQuantity(2.5e6, undefined, "en")).toBe("2.5 million");
    expect(formatQuantity(90, "%", "fr")).toBe("90\u00a0%");
  });
});

describe("units from one language to another", () => {
  const claim = { unit: "salariés" } as Claim;
  const ctx = (from: "fr" | "en", to: "fr" | "en") =>
    ({ text: () => undefined, index: { lang: from }, lang: to }) as unknown as PhraseContext;

  it("says a unit by what it counts, and keeps its own word in its own language", () => {
    expect(unitIn(ctx("fr", "en"), claim)).toBe("employees");
    expect(unitIn(ctx("fr", "fr"), claim)).toBe("salariés");
    expect(unitIn(ctx("en", "fr"), { unit: "Jobs" } as Claim)).toBe("postes");
    expect(unitIn(ctx("en", "fr"), { unit: "widgets" } as Claim)).toBeUndefined();
  });
});

describe("telling languages apart", () => {
  const questions = (...prompts: string[]) =>
    prompts.map((prompt) => ({ prompt })) as WrittenQuestion[];

  it("guesses a quiz's language, English when its words do not tell", () => {
    expect(guessLanguage(questions("Qui est le patron de la société ?"))).toBe("fr");
    expect(guessLanguage(questions("Who is the head of the company?"))).toBe("en");
    expect(guessLanguage(questions("OpenAI, Microsoft"))).toBe("en");
  });

  it("finds a word of another language, and an accent in English", () => {
    const mixed = mixedLanguage([]);
    expect(mixed("Le conseil a renvoyé the patron.", "fr")).toBe("the");
    expect(mixed("The board met the employés.", "en")).toBe("employés");
    expect(mixed("The board fired its café manager.", "en")).toBe("café");
    expect(mixed("Le conseil a renvoyé le patron.", "fr")).toBeUndefined();
  });
});
