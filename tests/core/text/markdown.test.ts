import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../src/core/text/front-matter.js";
import { markdownToText } from "../../../src/core/text/markdown.js";

describe("Markdown and front matter", () => {
  it("reads front matter and leaves the body", () => {
    const { data, body } = splitFrontMatter(
      "---\ntitle: Grève chez Acme\ndate: 2024-03-15\n---\nLe texte.\n",
    );
    expect(data.title).toBe("Grève chez Acme");
    expect(body).toBe("Le texte.\n");
  });

  it("treats a broken or missing front matter as text", () => {
    expect(splitFrontMatter("---\n: [\n---\nTexte").data).toEqual({});
    expect(splitFrontMatter("Pas de front matter").body).toBe("Pas de front matter");
  });

  it("turns Markdown into plain paragraphs", () => {
    const md =
      "# Grève chez **Acme**\n\nLa [direction](https://x.org) a *refusé*. ![photo](p.png)\n\n```\ncode\n```\n<!-- note -->\n- point un";
    expect(markdownToText(md)).toBe("\nGrève chez Acme\n\nLa direction a refusé.\n\n– point un");
  });
});
