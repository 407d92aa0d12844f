import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/text/sentences.js";

const texts = (p: string, lang: "fr" | "en" = "fr") => splitSentences(p, lang).map((s) => s.text);

describe("sentence splitting", () => {
  it("keeps honorifics and abbreviations inside the sentence", () => {
    expect(texts("Selon M. Brockman, Mme Durand a parlé au Dr. Roux. Il est parti.")).toEqual([
      "Selon M. Brockman, Mme Durand a parlé au Dr. Roux.",
      "Il est parti.",
    ]);
    expect(texts("Ils vendent des pommes, des poires, etc. Le marché ferme tôt.")).toEqual([
      "Ils vendent des pommes, des poires, etc. Le marché ferme tôt.",
    ]);
    expect(texts("Mr. Smith met Ms. Jones and Dr. Lee last week. They talked.", "en")).toEqual([
      "Mr. Smith met Ms. Jones and Dr. Lee last week.",
      "They talked.",
    ]);
  });

  it("keeps a quotation of several sentences whole", () => {
    expect(texts("Il a écrit : « Je pars. Je reviendrai. » Puis il est sorti.")).toEqual([
      "Il a écrit : « Je pars. Je reviendrai. »",
      "Puis il est sorti.",
    ]);
  });

  it("does not break decimals, list numbers or middle initials", () => {
    expect(texts("1. Quels mouvements ? Le taux est de 94.6 % cette année.")).toEqual([
      "1. Quels mouvements ?",
      "Le taux est de 94.6 % cette année.",
    ]);
    expect(texts("John F. Kennedy spoke. Then he left.", "en")).toEqual([
      "John F. Kennedy spoke.",
      "Then he left.",
    ]);
  });

  it("breaks after a single capital that ends a sentence (« sur X. »)", () => {
    expect(texts("Il l'a annoncé sur X. Le message a été supprimé.")).toEqual([
      "Il l'a annoncé sur X.",
      "Le message a été supprimé.",
    ]);
  });

  it("gives each sentence's position in the paragraph", () => {
    const [a, b] = splitSentences("Un. Deux trois.", "fr");
    expect(a).toEqual({ text: "Un.", start: 0, end: 3 });
    expect(b).toEqual({ text: "Deux trois.", start: 4, end: 15 });
  });

  it("handles a very long paragraph without terminators, and an unclosed quotation", () => {
    const long = "mot ".repeat(50_000).trim();
    expect(texts(long)).toHaveLength(1);
    const open = `« ${"Il parle. ".repeat(200)}`;
    expect(texts(open).length).toBeGreaterThan(1);
  });
});
