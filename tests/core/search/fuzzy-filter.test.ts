import { describe, expect, it } from "vitest";
import { fuzzySearch } from "../../../src/core/search/fuzzy-filter.js";

const items = [
  { title: "OpenAI : la crise de novembre 2023", detail: "Sam Altman évincé" },
  { title: "Grève chez Acme", detail: "Léa Martin, déléguée syndicale" },
  { title: "Élections municipales 2020", detail: "Paris, Lyon" },
];
const search = fuzzySearch(items, [{ get: (i) => i.title, weight: 2 }, { get: (i) => i.detail }]);
const titles = (query: string) => search(query).map((i) => i.title);

describe("fuzzySearch", () => {
  it("keeps every item in order for an empty query", () => {
    expect(titles("  ")).toEqual(items.map((i) => i.title));
  });

  it("forgives accents, case and typos", () => {
    expect(titles("altmn")).toEqual(["OpenAI : la crise de novembre 2023"]);
    expect(titles("openai nov")).toEqual(["OpenAI : la crise de novembre 2023"]);
    expect(titles("GREVE")).toEqual(["Grève chez Acme"]);
    expect(titles("elections")).toEqual(["Élections municipales 2020"]);
    expect(titles("deleguee")).toEqual(["Grève chez Acme"]);
  });

  it("needs every word of the query to match", () => {
    expect(titles("acme altman")).toEqual([]);
    expect(titles("zebra")).toEqual([]);
  });

  it("matches short words and numbers by how they begin", () => {
    expect(titles("20")).toEqual([
      "OpenAI : la crise de novembre 2023",
      "Élections municipales 2020",
    ]);
    expect(titles("2023")).toEqual(["OpenAI : la crise de novembre 2023"]);
    expect(titles("32")).toEqual([]);
    expect(titles("ly")).toEqual(["Élections municipales 2020"]);
  });

  it("ranks a match in the title above one in the detail", () => {
    const people = fuzzySearch(
      [
        { title: "Rapport", detail: "Martin" },
        { title: "Martin", detail: "Rapport" },
      ],
      [{ get: (i) => i.title, weight: 2 }, { get: (i) => i.detail }],
    );
    expect(people("martin").map((i) => i.title)).toEqual(["Martin", "Rapport"]);
  });
});
