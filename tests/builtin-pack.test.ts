import { describe, expect, it } from "vitest";
import { findConflicts } from "../src/core/facts/conflicts.js";
import { builtinPack } from "./helpers/packs.js";

const pack = builtinPack();
const event = (id: string) => {
  const found = pack.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe("the built-in OpenAI pack", () => {
  it("has the five sources, in French", () => {
    expect(pack.sources).toHaveLength(5);
    expect(pack.sources.every((s) => s.language === "fr")).toBe(true);
    expect(pack.sources.filter((s) => s.published).map((s) => s.published)).toEqual([
      "2023-11-21",
      "2023-11-20",
    ]);
  });

  it("names the people and organisations with their roles", () => {
    const names = pack.entities.map((e) => e.name);
    for (const name of [
      "Sam Altman",
      "Greg Brockman",
      "Ilya Sutskever",
      "Mira Murati",
      "Emmett Shear",
      "Satya Nadella",
      "Microsoft",
      "Thrive Capital",
      "Jakub Pachocki",
      "Aleksander Madry",
      "Szymon Sidor",
      "Twitch",
      "le conseil d'administration d'OpenAI",
    ]) {
      expect(names).toContain(name);
    }
    expect(pack.entities.length).toBeGreaterThanOrEqual(15);
    const withRoles = pack.entities.filter((e) => e.descriptions.length > 0);
    expect(withRoles.length).toBeGreaterThanOrEqual(15);
  });

  it("dates the dismissal on Friday 17 November and the hiring on Monday 20 November", () => {
    expect(event("eviction-altman")).toMatchObject({
      type: "dismissal",
      actor: "conseil",
      target: "sam-altman",
      date: "2023-11-17",
    });
    expect(event("eviction-altman").sources).toHaveLength(5);
    expect(event("embauche-altman")).toMatchObject({
      type: "hiring",
      actor: "microsoft",
      target: "sam-altman",
      date: "2023-11-20",
    });
    expect(event("murati-interim")).toMatchObject({ target: "mira-murati", date: "2023-11-17" });
    expect(event("shear-interim")).toMatchObject({ target: "emmett-shear", date: "2023-11-20" });
    expect(event("devday").date).toBe("2023-11-06");
    expect(event("lancement-chatgpt").date).toBe("2022-11-30");
    expect(event("fondation-openai").date).toBe("2015");
    expect(event("retrait-musk").date).toBe("2018");
    expect(["depart-pachocki", "depart-madry", "depart-sidor"].map((id) => event(id).date)).toEqual(
      ["2023-11-18", "2023-11-18", "2023-11-18"],
    );
  });

  it("holds at least twenty dated events and eight quotes", () => {
    expect(pack.events.filter((e) => e.date).length).toBeGreaterThanOrEqual(20);
    expect(pack.quotes.length).toBeGreaterThanOrEqual(8);
  });

  it("puts the three versions of the letter's signatories in one conflict", () => {
    const conflicts = findConflicts(pack.claims);
    const letter = conflicts.find(
      (c) => c.about === "le nombre d'employés signataires de la lettre",
    );
    expect(letter?.claims).toEqual([
      "signataires-770",
      "signataires-650",
      "signataires-90-pourcent",
    ]);
    const values = letter?.claims.map((id) => pack.claims.find((c) => c.id === id)?.value);
    expect(values).toEqual([500, 650, 90]);
  });

  it("records the investment figures", () => {
    const claim = (id: string) => pack.claims.find((c) => c.id === id);
    expect(claim("engagement-13-milliards")).toMatchObject({ value: 13e9, unit: "dollars" });
    expect(claim("montant-2019")).toMatchObject({ value: 1e9, date: "2019" });
    expect(claim("montant-2023")).toMatchObject({ value: 10e9, date: "2023-01" });
  });
});
