import { describe, expect, it } from "vitest";
import { findConflicts } from "../../../src/core/facts/conflicts.js";
import type { Claim } from "../../../src/core/facts/model.js";

const claim = (id: string, about: string, value: number, extra: Partial<Claim> = {}): Claim => ({
  id,
  about,
  value,
  qualifier: "exactly",
  sources: ["s"],
  ...extra,
});

describe("findConflicts", () => {
  it("groups claims about the same thing, ignoring case and accents, when values differ", () => {
    const conflicts = findConflicts([
      claim("a", "le nombre de signataires", 500, { total: 770 }),
      claim("b", "Le nombre de SIGNATAIRES", 650),
      claim("c", "l'âge du PDG", 38),
      claim("d", "l'age du PDG", 38),
    ]);
    expect(conflicts).toEqual([{ about: "le nombre de signataires", claims: ["a", "b"] }]);
  });

  it("sees a different qualifier or total as a different figure", () => {
    expect(
      findConflicts([claim("a", "x", 90), claim("b", "x", 90, { qualifier: "more-than" })]),
    ).toHaveLength(1);
    expect(findConflicts([claim("a", "x", 5, { total: 7 }), claim("b", "x", 5)])).toHaveLength(1);
  });
});
