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
    // MacGeneration dates DevDay only in a photo caption, and captions are never facts.
    expect(event("devday").date).toBeUndefined();
    expect(event("devday").sources).toEqual(["pousse-vers-microsoft"]);
    expect(event("lancement-chatgpt").date).toBe("2022-11-30");
    expect(event("fondation-openai").date).toBe("2015");
    expect(event("retrait-musk").date).toBe("2018");
    expect(["depart-pachocki", "depart-madry", "depart-sidor"].map((id) => event(id).date)).toEqual(
      ["2023-11-18", "2023-11-18", "2023-11-18"],
    );
  });

  it("places the weekend's negotiations over the weekend, not on one of its days", () => {
    // « Après un week-end de négociations », « durant le week-end »: no page pins a day.
    for (const id of ["microsoft-reintegration", "thrive-reintegration"]) {
      expect(event(id)).toMatchObject({ date: "2023-11-18", until: "2023-11-19" });
    }
  });

  it("keeps what was only announced as announced", () => {
    // « Brockman a rapidement révélé qu'il rejoindrait Altman […] aux côtés de […] »,
    // « Microsoft annonce « un investissement sur plusieurs années » », « a annoncé sa propre puce ».
    const announced = pack.events.filter((e) => e.status === "announced").map((e) => e.id);
    expect(announced).toEqual([
      "investissement-2023",
      "pachocki-rejoint",
      "madry-rejoint",
      "sidor-rejoint",
      "puce-maia",
    ]);
  });

  it("gives every text field in English as well", () => {
    const missing: string[] = [];
    const need = (what: string, has: boolean) => {
      if (!has) missing.push(what);
    };
    need("title", !!pack.translations?.en?.title);
    for (const e of pack.events) {
      for (const field of ["role", "label", "text"] as const) {
        if (e[field]) need(`${e.id}.${field}`, !!e.translations?.en?.[field]);
      }
    }
    for (const c of pack.claims) need(`${c.id}.about`, !!c.translations?.en?.about);
    for (const q of pack.quotes) {
      need(`${q.id}.text`, !!q.translations?.en?.text);
      if (q.context) need(`${q.id}.context`, !!q.translations?.en?.context);
    }
    for (const e of pack.entities) {
      if (e.descriptions.length > 0)
        need(
          e.id,
          e.descriptions.some((d) => d.lang === "en"),
        );
      if (/^\p{Ll}/u.test(e.name)) need(`${e.id}.name`, !!e.translations?.en?.name);
    }
    for (const q of pack.questions.filter((q) => !q.lang)) {
      need(
        q.id,
        pack.questions.some((e) => e.lang === "en" && e.id === `${q.id}-en`),
      );
    }
    expect(missing).toEqual([]);
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
