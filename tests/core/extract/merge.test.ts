import { describe, expect, it } from "vitest";
import { findConflicts } from "../../../src/core/facts/conflicts.js";
import { packSchema } from "../../../src/core/facts/schema.js";
import { extractMany } from "../../helpers/extract.js";

const A = {
  outlet: "La Gazette",
  text: "Vendredi, la société Acme a limogé Paul Roux. Une lettre signée par plus de 300 des 450 salariés d'Acme a été remise à la direction.",
};
const B = {
  outlet: "Le Courrier",
  text: "M. Roux a été limogé vendredi par la société Acme. Une lettre signée par 350 salariés d'Acme circule.",
};

describe("facts read from several articles", () => {
  it("merges the same event into one fact citing every article, and the same person", () => {
    const pack = extractMany([A, B]);
    const dismissals = pack.events.filter((e) => e.type === "dismissal");
    expect(dismissals).toHaveLength(1);
    expect(dismissals[0]).toMatchObject({
      actor: "acme",
      target: "paul-roux",
      date: "2023-11-17",
      sources: ["gazette", "courrier"],
      extracted: true,
    });
    expect(pack.entities.find((e) => e.id === "paul-roux")?.aliases).toEqual(["Roux", "M. Roux"]);
  });

  it("keeps different figures for the same thing apart, as a conflict", () => {
    const pack = extractMany([A, B]);
    const conflicts = findConflicts(pack.claims);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.about).toBe("le nombre de signataires de la lettre");
    const values = conflicts[0]!.claims.map((id) => pack.claims.find((c) => c.id === id)!.value);
    expect(values).toEqual([300, 350]);
  });

  it("produces a pack the schema accepts, every fact with evidence, confidence and extracted", () => {
    const pack = extractMany([A, B]);
    expect(packSchema.safeParse(pack).success).toBe(true);
    for (const fact of [...pack.events, ...pack.claims, ...pack.quotes]) {
      expect(fact.extracted).toBe(true);
      expect(fact.evidence?.length).toBeGreaterThan(10);
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
  });
});
