import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { extractPack } from "../../../src/core/extract/index.js";
import {
  extendPackDocument,
  newPackDocument,
  PACK_TO_STRING,
} from "../../../src/core/pack/extend.js";
import { parsePack } from "../../../src/core/pack/parse.js";
import { recordDecisions } from "../../../src/core/triage/record.js";
import type { Decision } from "../../../src/core/triage/session.js";
import { extractMany } from "../../helpers/extract.js";
import { packFrom } from "../../helpers/packs.js";
import { TRIAGE_ARTICLE } from "../../helpers/triage-pack.js";

const WRITTEN = `# Pack écrit à la main : ne pas perdre ce commentaire.
title: Grève chez Acme
language: fr
sources:
  - id: gazette
    outlet: La Gazette
    language: fr
entities:
  - id: paul-roux
    name: Paul Roux
    kind: person
    aliases: [Roux]
  - id: acme
    name: Acme
    kind: organisation
events:
  - id: renvoi-roux # le fait central
    type: dismissal
    actor: acme
    target: paul-roux
    date: 2023-11-17
    sources: [gazette]
`;

describe("extending a pack file", () => {
  it("reuses its entities, adds its sources to a fact it states, keeps comments and layout", () => {
    const existing = packFrom(WRITTEN, "acme");
    const text = "Vendredi, la société Acme a limogé Paul Roux. Lundi, Acme a recruté Léa Martin.";
    const fresh = extractPack(
      [{ text, meta: { lang: "fr", published: "2023-11-21", outlet: "Le Courrier" } }],
      {
        takenIds: ["gazette", "paul-roux", "acme", "renvoi-roux"],
      },
    );
    const doc = parseDocument(WRITTEN);
    const summary = extendPackDocument(doc, existing, fresh, []);
    expect(summary).toMatchObject({ sources: 1, confirmed: 1, events: 1, entities: 1 });
    const out = doc.toString(PACK_TO_STRING);
    // Every line written by hand is still there, in order; the confirmed fact cites both pages.
    const lines = out.split("\n");
    let at = 0;
    for (const line of WRITTEN.replace("    sources: [gazette]\n", "").split("\n")) {
      at = lines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
    expect(out).toContain("  - id: renvoi-roux # le fait central");
    expect(out).toContain("    sources: [gazette, courrier]");
    const { pack, errors } = parsePack(out, "pack.yaml", "acme");
    expect(errors).toEqual([]);
    expect(pack!.events.find((e) => e.type === "hiring")).toMatchObject({
      actor: "acme",
      target: "lea-martin",
      extracted: true,
    });
  });

  it("writes a new pack with its header comment and short lists inline", () => {
    const fresh = extractMany([
      { outlet: "Le Courrier", text: "Vendredi, la société Acme a limogé Paul Roux." },
    ]);
    const text = newPackDocument(fresh, " Relisez les faits extraits.").toString(PACK_TO_STRING);
    expect(text.startsWith("# Relisez les faits extraits.\n")).toBe(true);
    expect(text).toContain("    sources: [courrier]");
    expect(parsePack(text, "pack.yaml", "x").errors).toEqual([]);
  });
});

describe("extending a reviewed pack with the same article again", () => {
  it("brings back neither a rejected fact nor the first reading of an edited one", () => {
    const read = () =>
      extractPack(
        [{ text: TRIAGE_ARTICLE, meta: { published: "2024-03-15", file: "articles/greve.txt" } }],
        { id: "greve" },
      );
    const first = newPackDocument({ ...read(), unreviewed: "skip" }, " Extraits.").toString(
      PACK_TO_STRING,
    );
    const created = packFrom(first, "greve");
    expect(created.unreviewed).toBe("skip");
    const dismissal = created.events.find((e) => e.id === "dismissal-paul-roux")!;
    const reviewed = recordDecisions(
      first,
      new Map<string, Decision>([
        ["hiring-ines-blanc", { review: "rejected" }],
        [
          "dismissal-paul-roux",
          {
            review: "edited",
            edited: { kind: "event", fact: { ...dismissal, date: "2024-03-14" } },
          },
        ],
      ]),
    ).text;
    const existing = packFrom(reviewed, "greve");
    const again = extractPack(
      [{ text: `${TRIAGE_ARTICLE}\n`, meta: { published: "2024-03-15", outlet: "Copie" } }],
      { id: "greve", takenIds: existing.events.map((e) => e.id).concat("greve") },
    );
    const doc = parseDocument(reviewed);
    const summary = extendPackDocument(doc, existing, again, []);
    // Three events, two figures and the quotation are read again: each confirmed, none new.
    expect(summary).toMatchObject({ events: 0, claims: 0, quotes: 0, confirmed: 6 });
    const after = packFrom(doc.toString(PACK_TO_STRING), "greve");
    expect(after.events.map((e) => `${e.id} ${e.date} ${e.review ?? "-"}`)).toEqual([
      "hiring-ines-blanc 2024-03-11 rejected",
      "strike-acme 2024-03-14 -",
      "dismissal-paul-roux 2024-03-14 edited",
    ]);
  });
});
