import { describe, expect, it } from "vitest";
import { fill, isMessageKey, msg, said, verbatim } from "../../../src/core/i18n/msg.js";
import { LANGUAGE_LIST } from "../../../src/core/languages/registry.js";

const [FRENCH, ...OTHERS] = LANGUAGE_LIST;
const FR = FRENCH.messages;

describe("the message catalogue", () => {
  it("gives each key to one section only, in every language", () => {
    for (const { messages: sections } of LANGUAGE_LIST) {
      const seen = new Map<string, string>();
      const shared: string[] = [];
      for (const [name, section] of Object.entries(sections)) {
        for (const key of Object.keys(section)) {
          if (seen.has(key)) shared.push(`${key} (${seen.get(key)}, ${name})`);
          seen.set(key, name);
        }
      }
      expect(shared).toEqual([]);
    }
  });

  it("holds the same keys in every language as in French, section by section", () => {
    expect(OTHERS.map((about) => about.code)).toEqual(["en"]);
    for (const { messages: other } of OTHERS) {
      for (const name of Object.keys(FR) as (keyof typeof FR)[]) {
        expect(Object.keys(other[name]).sort()).toEqual(Object.keys(FR[name]).sort());
      }
    }
  });

  it("fills placeholders and leaves unknown ones as they are", () => {
    expect(msg("en", "quiz.progress", { n: 3, total: 10 })).toBe("Question 3/10");
    expect(msg("fr", "quiz.score", { points: 2 })).toBe("Score : 2/{max} ({percent})");
    expect(fill("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });

  it("picks a counted message's form by the language's plural rules", () => {
    expect(msg("fr", "n.questions", { n: 0 })).toBe("0 question");
    expect(msg("en", "n.questions", { n: 0 })).toBe("0 questions");
    expect(msg("en", "n.questions", { n: 1 })).toBe("1 question");
    expect(msg("fr", "n.facts", { n: 1200 })).toBe("1\u00a0200 faits");
    expect(msg("en", "n.accepted", { n: 1 })).toBe("1 accepted");
  });

  it("says what docs/ARCHITECTURE.md's examples say", () => {
    expect(msg("fr", "review.nothingToCram", { pack: "openai-2023-11" })).toBe(
      "openai-2023-11 n'a aucune question à poser.",
    );
    expect(msg("en", "n.questions", { n: 3 })).toBe("3 questions");
    expect(msg("fr", "error.is-folder", { file: "a.txt" })).toBe(
      "a.txt : c'est un dossier ; attendu un fichier",
    );
  });

  it("says a message carried as a key, and a message inside another, in one language", () => {
    const inner = { key: "error.url.no-type" } as const;
    expect(said("fr", { key: "error.url.content-type", vars: { url: "u", type: inner } })).toBe(
      "u : type de contenu « aucun » ; attendu une page HTML ou texte",
    );
    expect(said("en", verbatim("as it is"))).toBe("as it is");
  });

  it("tells a message's name from any other text", () => {
    expect(isMessageKey("kind.who")).toBe(true);
    expect(isMessageKey("kind.nobody")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
  });
});
