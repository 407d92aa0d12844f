import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

const en = { lang: "en" as const };
const events = (text: string) => extract(text, en).events;

describe("English events", () => {
  it("reads the passive with its agent, and the active voice", () => {
    expect(events("Paul Roux was fired by the board of Acme on Friday.")).toEqual([
      { type: "dismissal", actor: "the Acme board", target: "Paul Roux", date: "2023-11-17" },
    ]);
    expect(events("The startup Vega hired Lea Martin in 2019.")).toEqual([
      { type: "hiring", actor: "Vega", target: "Lea Martin", date: "2019" },
    ]);
  });

  it("reads « resigned » with no object, and skips what did not happen", () => {
    expect(events("Paul Roux resigned on Monday.")).toEqual([
      { type: "resignation", actor: "Paul Roux", date: "2023-11-20" },
    ]);
    expect(events("Paul Roux was not fired by Acme.")).toEqual([]);
    expect(events("Will Acme fire Paul Roux?")).toEqual([]);
  });

  it("dates an event told in a relative clause by nothing after the clause", () => {
    const read = events(
      "Lea Martin, who is also leaving the board of Vega, started working for Vega in 1979.",
    );
    expect(read.filter((e) => e.date === "1979").map((e) => e.type)).not.toContain("departure");
    expect(read.find((e) => e.type === "departure")).toEqual({
      type: "departure",
      actor: "Lea Martin",
      target: "Vega",
    });
  });

  it("reads the post right after the person appointed, without the date after it", () => {
    expect(events("Orbit Foods appointed Maria Lopez chief executive on Wednesday.")).toEqual([
      {
        type: "appointment",
        actor: "Orbit Foods",
        target: "Maria Lopez",
        date: "2023-11-15",
        role: "chief executive",
      },
    ]);
    expect(events("Orbit Foods named Maria Lopez as interim chief executive last week.")).toEqual([
      {
        type: "appointment",
        actor: "Orbit Foods",
        target: "Maria Lopez",
        role: "interim chief executive",
      },
    ]);
  });

  it("takes a word that opens every sentence it is in for a name once it owns something", () => {
    expect(
      events("Nordis's board fired Paul Roux on Monday. Nordis hired Lea Martin in 2019."),
    ).toEqual([
      { type: "dismissal", actor: "the Nordis board", target: "Paul Roux", date: "2023-11-20" },
      { type: "hiring", actor: "Nordis", target: "Lea Martin", date: "2019" },
    ]);
    // A common word that owns something is no name.
    expect(events("Everyone's favourite, Paul Roux, resigned on Monday.")).toEqual([
      { type: "resignation", actor: "Paul Roux", date: "2023-11-20" },
    ]);
  });

  it("reads a count of people fired as a layoff, not as one person dismissed", () => {
    expect(events("The company Vega fired 7,500 workers in 2024.")).toEqual([
      { type: "layoff", actor: "Vega", date: "2024" },
    ]);
    expect(extract("The company Vega fired 7,500 workers in 2024.", en).claims).toEqual([
      { about: "the number of jobs cut", value: 7500, qualifier: "exactly", unit: "employees" },
    ]);
    expect(events("The company Vega fired Paul Roux in 2024.")).toEqual([
      { type: "dismissal", actor: "Vega", target: "Paul Roux", date: "2024" },
    ]);
  });

  it("reads joining the board as joining the company's board", () => {
    expect(
      events("Shares of Vega Labs rose. Investor Paul Roux joined the board in 2022."),
    ).toEqual([
      { type: "joining", actor: "Paul Roux", target: "the Vega Labs board", date: "2022" },
    ]);
  });

  it("reads a participle set off after a name as describing it: « Vega, founded in 2003, »", () => {
    expect(events("Investors like Vega. Vega, founded in 2003, has 80 staff.")).toEqual([
      { type: "founding", target: "Vega", date: "2003" },
    ]);
    expect(events("Paul Roux, fired on Friday, said nothing.")).toEqual([
      { type: "dismissal", target: "Paul Roux", date: "2023-11-17" },
    ]);
    // A list of names before the verb is its subject.
    expect(events("Vega Labs and Orbit fired Paul Roux on Friday.").map((e) => e.actor)).toEqual([
      "Vega Labs",
      "Orbit",
    ]);
  });

  it("keeps what is not done as it is told: conditional, hearsay, planned or announced", () => {
    const status = (text: string) => extract(text, en).events.map((e) => [e.type, e.status]);
    expect(status("Paul Roux joined the company Vega.")).toEqual([["joining", undefined]]);
    expect(status("Paul Roux will join the company Vega.")).toEqual([["joining", "planned"]]);
    expect(status("Paul Roux is to leave the company Vega.")).toEqual([["departure", "planned"]]);
    expect(status("The company Vega has agreed to acquire Orbit Labs.")).toEqual([
      ["acquisition", "planned"],
    ]);
    expect(status("Paul Roux could leave the company Vega.")).toEqual([
      ["departure", "conditional"],
    ]);
    expect(status("The company Vega reportedly fired Paul Roux.")).toEqual([
      ["dismissal", "conditional"],
    ]);
  });

  it("reads « the startup Optika » as Optika, not as the company the article is about", () => {
    expect(events("The group Harlow Pike acquired the startup Optika on Monday.")).toEqual([
      { type: "acquisition", actor: "Harlow Pike", target: "Optika", date: "2023-11-20" },
    ]);
  });

  it("reads « X announced that it had hired Y » as X hiring Y, not the company named after Y", () => {
    expect(
      events(
        "Corvane Airlines announced that it had hired Lea Martin, a former executive at Skyline Cargo, as chief financial officer.",
      ),
    ).toEqual([
      {
        type: "hiring",
        actor: "Corvane Airlines",
        target: "Lea Martin",
        role: "chief financial officer",
      },
    ]);
  });

  it("keeps what an announcement announced, and drops an announcement of nothing named", () => {
    expect(events("Acme Corp announced a $2 billion share buyback on Monday.")).toEqual([
      {
        type: "announcement",
        actor: "Acme Corp",
        date: "2023-11-20",
        label: "a $2 billion share buyback",
      },
    ]);
    expect(events("Acme Corp announced on Monday that profits were stable.")).toEqual([]);
  });

  it("reads « X said on Wednesday that it had agreed to buy Y » as X buying Y, still to come", () => {
    // Wednesday is when it was said; when the purchase happens the article does not say.
    expect(
      events("Acme Corp said on Wednesday that it had agreed to buy the startup Vega."),
    ).toEqual([{ type: "acquisition", actor: "Acme Corp", target: "Vega", status: "planned" }]);
  });

  it("reads « found that » as finding, and who leaves to found, resigns or hires", () => {
    expect(
      events("The audit, carried out by the firm Lister & Dunn, found that costs rose."),
    ).toEqual([]);
    expect(events("Paul Roux left Acme Corp to found Corvane Labs in 2019.")).toEqual([
      { type: "departure", actor: "Paul Roux", target: "Acme Corp", date: "2019" },
      { type: "founding", actor: "Paul Roux", target: "Corvane Labs", date: "2019" },
    ]);
    expect(events("Lea Martin tendered her resignation on Monday.")).toEqual([
      { type: "resignation", actor: "Lea Martin", date: "2023-11-20" },
    ]);
    expect(events("Acme Corp fired Paul Roux and hired Lea Martin.")).toEqual([
      { type: "dismissal", actor: "Acme Corp", target: "Paul Roux" },
      { type: "hiring", actor: "Acme Corp", target: "Lea Martin" },
    ]);
  });

  it("reads « three fires » as a noun, a nationality as no name, and hiring a thing as nothing", () => {
    expect(
      events("Regulators in Germany said they had received 46 complaints, including three fires."),
    ).toEqual([]);
    expect(events("In 2025, Acme Corp acquired the Spanish battery start-up Voltara.")).toEqual([
      { type: "acquisition", actor: "Acme Corp", target: "Voltara", date: "2025" },
    ]);
    expect(events("Acme Corp hired an outside laboratory to test the batteries.")).toEqual([]);
    expect(events("Acme Corp fires Paul Roux.")).toEqual([
      { type: "dismissal", actor: "Acme Corp", target: "Paul Roux" },
    ]);
  });

  it("reads « left the company » as leaving the one company the article ties the person to", () => {
    const text =
      "Halvorsen Bank agreed to buy the startup Pellway. Pellway, founded in 2011 by Ines Carvalho and Mark Ostrow, employs 2,300 people. Mr. Ostrow left the company in 2019. Halvorsen Bank hired Paul Roux in 2010. Paul Roux left the company in 2015.";
    expect(events(text).filter((e) => e.type === "departure")).toEqual([
      { type: "departure", actor: "Mark Ostrow", target: "Pellway", date: "2019" },
      { type: "departure", actor: "Paul Roux", target: "Halvorsen Bank", date: "2015" },
    ]);
  });

  it("reads who steps down, who is now in charge, and who a relative clause is about", () => {
    expect(events("Vega chief executive Paul Roux is stepping down.")).toEqual([
      { type: "resignation", actor: "Paul Roux" },
    ]);
    expect(events("Lara Diaz is now the acting chief executive of Vega.")).toEqual([
      { type: "appointment", target: "Lara Diaz" },
    ]);
    expect(events("Governor Anna Ruiz, who once praised Paul Roux, fired him on Tuesday.")).toEqual(
      [{ type: "dismissal", actor: "Anna Ruiz", target: "Paul Roux", date: "2023-11-21" }],
    );
  });

  it("reads a replacement, and the one replaced leaves once", () => {
    expect(
      events("Paul Roux was fired by Vega on Monday. He will be replaced by Lara Diaz.").map(
        (e) => [e.type, e.target ?? e.actor, e.status],
      ),
    ).toEqual([
      ["dismissal", "Paul Roux", undefined],
      ["appointment", "Lara Diaz", "planned"],
    ]);
  });

  it("reads a strike against the strikers' employer, a layoff, a letter to someone", () => {
    expect(events("Nearly 5,000 Vega workers walked off their jobs on Wednesday.")).toEqual([
      { type: "strike", actor: "Vega workers", target: "Vega", date: "2023-11-15" },
    ]);
    expect(events("Orbit Labs said it was letting go of 300 employees.")).toEqual([
      { type: "layoff", actor: "Orbit Labs" },
    ]);
    expect(events("More than 200 Vega employees sent a letter to Paul Roux.")).toEqual([
      { type: "petition", actor: "Vega employees", target: "Paul Roux" },
    ]);
  });

  it("reads who announced a passive dismissal, and who is out when a company says so", () => {
    expect(
      events(
        "Vega Foods Inc. sells bread. Paul Roux has been fired from his role as chief executive, the company announced on Sunday.",
      ),
    ).toEqual([
      { type: "dismissal", actor: "Vega Foods Inc", target: "Paul Roux", date: "2023-11-19" },
    ]);
    expect(
      events("Vega said late on Sunday night that Paul Roux was out and Lara Diaz was back."),
    ).toEqual([{ type: "dismissal", actor: "Vega", target: "Paul Roux", date: "2023-11-19" }]);
    expect(events("Mr. Roux's deputy, Lara Diaz, is now the acting FBI director.")).toEqual([
      { type: "appointment", target: "Lara Diaz" },
    ]);
  });
});
