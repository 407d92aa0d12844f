import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

const en = { lang: "en" as const };

describe("English entities and quotes", () => {
  it("reads a name after a post only a person holds as a person's", () => {
    const { entities } = extract("The memo reached President Harlow, who fired Lea Martin.", en);
    expect(entities.find((e) => e.name === "Harlow")?.kind).toBe("person");
  });

  it("reads a country as a place, whatever the words around it", () => {
    const { entities } = extract(
      "Vega said on Monday it was closing all of its stores in the United Kingdom. Vega will keep its stores in France.",
      en,
    );
    expect(entities.filter((e) => e.kind === "place").map((e) => e.name)).toEqual([
      "United Kingdom",
      "France",
    ]);
  });

  it("leaves a capitalised title out of the name (« Chief Executive Kelly Smith »)", () => {
    const names = extract(
      "Vega Chief Executive Kelly Smith said the company would appeal. Smith spoke on Friday.",
      en,
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Vega", "Kelly Smith"]));
    expect(names.some((n) => n.includes("Chief"))).toBe(false);
  });

  it("reads the speaker written between the quotation and « said »", () => {
    expect(
      extract('Kelly Smith runs Vega. "We will appeal this decision," Smith said on Friday.', en)
        .quotes,
    ).toEqual([{ speaker: "Kelly Smith", text: "We will appeal this decision" }]);
  });

  it("reads partners joined by an ampersand as one company, « Harlow & Pike »", () => {
    const { entities, events } = extract("Harlow & Pike fired Paul Roux on Monday.", en);
    expect(entities.find((e) => e.name === "Harlow & Pike")?.kind).toBe("organisation");
    expect(events).toEqual([
      { type: "dismissal", actor: "Harlow & Pike", target: "Paul Roux", date: "2023-11-20" },
    ]);
  });

  it("reads a trade at the end of a name as a company, and its first word as its short name", () => {
    const { entities, events } = extract(
      "Corvane Airlines fired Paul Roux on Monday. Lea Martin joined Corvane in 2015. Shares of Corvane fell. Corvane said it was confident.",
      en,
    );
    expect(entities.find((e) => e.name === "Corvane Airlines")).toMatchObject({
      kind: "organisation",
      aliases: ["Corvane"],
    });
    expect(events).toEqual([
      { type: "dismissal", actor: "Corvane Airlines", target: "Paul Roux", date: "2023-11-20" },
      { type: "joining", actor: "Lea Martin", target: "Corvane Airlines", date: "2015" },
    ]);
  });

  it("reads a post after a possessive in apposition: « X, the airline's chief operating officer »", () => {
    const { entities } = extract(
      "The board named Lea Martin, the airline's chief operating officer, as interim chief executive.",
      en,
    );
    expect(entities.find((e) => e.name === "Lea Martin")?.descriptions).toEqual([
      "chief operating officer",
    ]);
  });

  it("reads sports posts, and a possessive name before the post: « Pellway's chief executive »", () => {
    const { entities } = extract(
      "Ms. Lea Martin, Corvane's chief executive, met Paul Roux, the team's coach, on Monday.",
      en,
    );
    const people = entities.filter((e) => e.kind === "person");
    expect(people.map((e) => [e.name, e.descriptions])).toEqual([
      ["Lea Martin", ["chief executive"]],
      ["Paul Roux", ["coach"]],
    ]);
  });

  it("reads a known first name as a person's, with its gender, and splits a title off before it", () => {
    const { entities } = extract(
      "Acting Deputy Secretary Linda J. Morrow met the Grantham Trust, and the Labour Party objected.",
      en,
    );
    const kind = (name: string) => entities.find((e) => e.name === name);
    expect(kind("Linda J. Morrow")).toMatchObject({ kind: "person", gender: "f" });
    expect(kind("Grantham Trust")?.kind).toBe("organisation");
    expect(kind("Labour Party")?.kind).toBe("organisation");
  });

  it("keeps an institution's name whole across « of »", () => {
    const names = extract(
      "Members of the Bakers Union of Ohio voted on Monday. The Bakers joined later.",
      en,
    ).entities.map((e) => e.name);
    expect(names).toContain("Bakers Union of Ohio");
  });

  it("reads a letter in quotation marks inside a name as a word of the name", () => {
    const { entities, events } = extract(
      'Toys “R” Us fired its chief executive, Dave Moss, on Monday. Babies "R" Us hired Kelly Smith in May.',
      en,
    );
    expect(entities.filter((e) => e.kind === "organisation").map((e) => e.name)).toEqual([
      'Babies "R" Us',
      "Toys “R” Us",
    ]);
    expect(events.map((e) => [e.type, e.actor, e.target])).toEqual([
      ["dismissal", "Toys “R” Us", "Dave Moss"],
      ["hiring", 'Babies "R" Us', "Kelly Smith"],
    ]);
  });

  it("keeps names with an ampersand or a company's « 's » whole", () => {
    const names = extract(
      "Johnson & Johnson fired Kelly Smith. AT&T hired Dave Moss. Macy's hired Mary Lane. Macy's said she starts in May.",
      en,
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Johnson & Johnson", "AT&T", "Macy's"]));
  });

  it("reads a version number inside a name: the Web 2.0 Summit", () => {
    const { events } = extract("Organisers of the Web 2.0 Summit hired Kelly Smith in May.", en);
    expect(events.map((e) => [e.type, e.actor, e.target])).toEqual([
      ["hiring", "Web 2.0 Summit", "Kelly Smith"],
    ]);
  });
});
