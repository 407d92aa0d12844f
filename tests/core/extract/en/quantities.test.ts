import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

const claims = (text: string) => extract(text, { lang: "en" }).claims;

describe("English figures", () => {
  it("reads thousands with commas and decimals with points", () => {
    expect(claims("About 33,000 workers at Boeing went on strike on Friday.")).toEqual([
      {
        about: "the number of workers on strike",
        value: 33_000,
        qualifier: "about",
        unit: "employees",
      },
    ]);
    expect(claims("A letter signed by 94.6% of the staff reached the board.")).toEqual([
      {
        about: "the number of signatories of the letter",
        value: 94.6,
        qualifier: "exactly",
        unit: "%",
      },
    ]);
  });

  it("reads a currency sign before the amount", () => {
    expect(claims("In 2019, Microsoft invested $1 billion in OpenAI.")).toEqual([
      {
        about: "the amount Microsoft invested in OpenAI in 2019",
        value: 1_000_000_000,
        qualifier: "exactly",
        unit: "dollars",
      },
    ]);
  });

  it("takes for an age only the figure the age words hold, and a price change for no stake", () => {
    expect(claims("Maria Lopez, 58, has been with Vega for almost 40 years.")).toEqual([]);
    expect(claims("Maria Lopez, a 58-year-old engineer, joined Vega.")).toEqual([
      { about: "the age of Maria Lopez", value: 58, qualifier: "exactly", unit: "years" },
    ]);
    // A move of the share price is said as such, never as a stake.
    expect(claims("Shares in Vega fell 3% in early trading.")).toEqual([
      { about: "the change in the share price of Vega", value: 3, qualifier: "exactly", unit: "%" },
    ]);
    expect(claims("Orbit Capital owns a 12% stake in Vega.")).toEqual([
      {
        about: "the stake Orbit Capital holds in Vega",
        value: 12,
        qualifier: "exactly",
        unit: "%",
      },
    ]);
  });

  it("prices what was bought, named after the word of buying, never the buyer", () => {
    expect(
      claims("Orbit Systems announced the $2.1 billion acquisition of the startup Vega."),
    ).toEqual([
      {
        about: "the price paid for Vega",
        value: 2_100_000_000,
        qualifier: "exactly",
        unit: "dollars",
      },
    ]);
    // The organisation after a comma is who reported it, and the buyer is not what was bought:
    // no price is said of anyone.
    expect(
      claims("Orbit Systems will pay $2 billion in its largest acquisition, Reuters reported.")
        .map((c) => c.about)
        .filter((about) => about.startsWith("the price paid")),
    ).toEqual([]);
  });

  it("multiplies a decimal by its scale without a floating-point tail", () => {
    expect(claims("Harlow Pike agreed to acquire Denton Group for $4.1 billion.")).toEqual([
      {
        about: "the price paid for Denton Group",
        value: 4_100_000_000,
        qualifier: "exactly",
        unit: "dollars",
      },
    ]);
  });

  it("gives a workforce to the subject of « employs », and to no one when that is a site", () => {
    expect(
      claims("Harlow Pike bought the startup Optika, which employs about 4,500 people."),
    ).toEqual([
      {
        about: "the total number of Optika employees",
        value: 4500,
        qualifier: "about",
        unit: "employees",
      },
    ]);
    expect(
      claims("The company Vega will close its plant in Ohio, which employs 350 workers."),
    ).toEqual([]);
  });

  it("takes for a share of signatories only a share of people, not a raise they ask for", () => {
    expect(claims("Workers at Vega signed a letter asking for a 5% raise.")).toEqual([]);
  });

  it("counts jobs cut, union members voting for a strike, and no workforce from either", () => {
    expect(
      claims("Corvane Energy said it would cut 600 jobs, about 5% of its workforce, next year."),
    ).toEqual([
      { about: "the number of jobs cut", value: 600, qualifier: "exactly", unit: "jobs" },
      { about: "the share of Corvane Energy's workforce", value: 5, qualifier: "about", unit: "%" },
    ]);
    expect(
      claims("Two days after that, 2,150 of the 2,400 members of the union voted for a strike."),
    ).toEqual([
      {
        about: "the number of votes for a strike",
        value: 2150,
        total: 2400,
        qualifier: "exactly",
        unit: "members",
      },
    ]);
  });

  it("reads the figures of an event inside « two days after … » as figures, not the date", () => {
    expect(
      claims("He quit two days after 310 of the 420 employees signed a letter against him."),
    ).toEqual([
      {
        about: "the number of signatories of the letter",
        value: 310,
        total: 420,
        qualifier: "exactly",
        unit: "employees",
      },
    ]);
  });

  it("reads pounds and counts protesters", () => {
    expect(claims("Acme Corp bought the startup Vega for £4.5 million.")).toEqual([
      { about: "the price paid for Vega", value: 4500000, qualifier: "exactly", unit: "pounds" },
    ]);
    expect(claims("About 300 residents protested outside the town hall.")).toEqual([
      { about: "the number of protesters", value: 300, qualifier: "about", unit: "people" },
    ]);
  });

  it("reads a revenue but not a change of it, and no workforce from one plant's staff", () => {
    expect(
      claims("The company Acme Corp is struggling. Its revenue fell 7% in 2025 to $1.9 billion."),
    ).toEqual([
      {
        about: "the revenue of Acme Corp in 2025",
        value: 1900000000,
        qualifier: "exactly",
        unit: "dollars",
      },
    ]);
    expect(
      claims("The company Acme Corp is struggling. Its revenue fell by $200 million."),
    ).toEqual([]);
    expect(
      claims(
        "Workers at Dalton Steel are angry. About 1,800 of the plant's 2,500 workers walked out.",
      ),
    ).toEqual([
      {
        about: "the number of workers on strike",
        value: 1800,
        total: 2500,
        qualifier: "about",
        unit: "employees",
      },
    ]);
  });

  it("reads any counted figure with the one it belongs to, and what it counts", () => {
    expect(claims("Orbit Labs has more than 3,800 stores in 12 countries.")).toEqual([
      {
        about: "the number of stores of Orbit Labs",
        value: 3800,
        qualifier: "more-than",
        unit: "units",
      },
      {
        about: "the number of countries of Orbit Labs",
        value: 12,
        qualifier: "exactly",
        unit: "units",
      },
    ]);
    expect(claims("Orbit Labs took on $2 billion in debt last month.")).toEqual([
      {
        about: "the amount of Orbit Labs' debt",
        value: 2_000_000_000,
        qualifier: "exactly",
        unit: "dollars",
      },
    ]);
    // A scale glued to the figure, a currency sign before it.
    expect(claims("The company Vega will pay a fine of €6.5bn.")).toEqual([
      {
        about: "the amount of Vega's fine",
        value: 6_500_000_000,
        qualifier: "exactly",
        unit: "euros",
      },
    ]);
    // No one named to hold it, or a change rather than a share: no figure.
    expect(claims("Nobody expected 350 people at the meeting.")).toEqual([]);
    expect(claims("Workers at Vega signed a letter asking for a 5% raise.")).toEqual([]);
  });
});
