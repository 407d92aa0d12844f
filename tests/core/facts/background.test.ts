import { describe, expect, it } from "vitest";
import { isBackground, latestDate } from "../../../src/core/facts/background.js";
import { summarise } from "../../../src/core/summarise/index.js";
import { packFrom } from "../../helpers/packs.js";

describe("the background of a story", () => {
  it("is what happened more than two months before its latest event", () => {
    expect(latestDate([{ date: "2024-03-02" }, {}, { date: "2025-02-12" }, { date: "2019" }])).toBe(
      "2025-02-12",
    );
    expect(isBackground("2024-12-14", "2025-02-12")).toBe(false);
    expect(isBackground("2024-12-13", "2025-02-12")).toBe(true);
    // A month or a year is read as its last day: news until it is long over.
    expect(isBackground("2024-12", "2025-02-12")).toBe(false);
    expect(isBackground("2024-11", "2025-02-12")).toBe(true);
    expect(isBackground("2024", "2025-02-12")).toBe(false);
    expect(isBackground("2024", "2025-06-12")).toBe(true);
  });

  it("comes after the news in a short summary, other things equal", () => {
    // Six events of one weight and one source: five make the summary, the one left out is the
    // company's founding years before, not the week's news.
    const pack = packFrom(`
id: background
title: Acme
language: en
sources:
  - { id: post, outlet: The Post, language: en, published: 2025-02-14 }
entities:
  - { id: acme, name: Acme, kind: organisation }
  - { id: ann, name: Ann Lee, kind: person, gender: f }
  - { id: bob, name: Bob Ray, kind: person, gender: m }
  - { id: cat, name: Cat Moe, kind: person, gender: f }
  - { id: dan, name: Dan Oz, kind: person, gender: m }
  - { id: zed, name: Zed Labs, kind: organisation }
events:
  - { id: founded, type: founding, actor: ann, target: acme, date: "2009-05-04", sources: [post] }
  - { id: fired, type: dismissal, actor: acme, target: bob, date: "2025-02-10", sources: [post] }
  - { id: named, type: appointment, actor: acme, target: cat, role: CFO, date: "2025-02-11", sources: [post] }
  - { id: hired, type: hiring, actor: acme, target: dan, date: "2025-02-12", sources: [post] }
  - { id: bought, type: acquisition, actor: acme, target: zed, date: "2025-02-12", sources: [post] }
  - { id: cut, type: layoff, actor: acme, label: 300 job cuts, date: "2025-02-13", sources: [post] }
`);
    const short = summarise(pack, { length: "short" }).summary;
    expect(short).not.toContain("2009");
    expect(short).toContain("Acme fired Bob Ray");
    expect(short).toContain("Acme acquired Zed Labs");
  });
});
