import { describe, expect, it } from "vitest";
import { normaliseDate, publishedFromLines } from "../../../src/core/extract/meta.js";
import { formatOf, prepareArticle } from "../../../src/core/extract/prepare.js";

describe("article metadata", () => {
  it("normalises publication dates written in several ways, and only full ones", () => {
    expect(normaliseDate("2023-11-21T08:30:00+01:00")).toBe("2023-11-21");
    expect(normaliseDate("21 novembre 2023")).toBe("2023-11-21");
    expect(normaliseDate("November 21, 2023")).toBe("2023-11-21");
    expect(normaliseDate("21/11/2023")).toBe("2023-11-21");
    expect(normaliseDate("2023-02-30")).toBeUndefined();
    expect(normaliseDate("vendredi")).toBeUndefined();
    expect(publishedFromLines(["Par Léa Martin, publié le 21 novembre 2023"])).toBe("2023-11-21");
  });

  it("lets flags win over front matter", () => {
    const raw = "---\ntitle: Grève\ndate: 2024-03-15\nlang: fr\noutlet: La Gazette\n---\nLe texte.";
    expect(prepareArticle(raw, "markdown", { published: "2024-03-20" })).toEqual({
      text: "Le texte.",
      meta: { title: "Grève", outlet: "La Gazette", published: "2024-03-20", lang: "fr" },
    });
  });

  it("tells the format from the name, then from the first bytes", () => {
    expect(formatOf("a.HTML", "")).toBe("html");
    expect(formatOf("a.md", "")).toBe("markdown");
    expect(formatOf("page", "<!DOCTYPE html><html>")).toBe("html");
    expect(formatOf("notes.txt", "Bonjour")).toBe("text");
  });
});
