import { describe, expect, it } from "vitest";
import { phrasingOf } from "../../../src/core/languages/phrasings.js";

const postGender = (role: string, lang: "fr" | "en") => phrasingOf(lang).postGender(role);

describe("the gender a French post shows", () => {
  it("reads it from the head noun's ending, and finds none in epicene posts or in English", () => {
    expect(postGender("directrice générale par intérim", "fr")).toBe("f");
    expect(postGender("présidente du conseil", "fr")).toBe("f");
    expect(postGender("patronne d'Acme", "fr")).toBe("f");
    expect(postGender("directeur financier", "fr")).toBe("m");
    expect(postGender("président du conseil", "fr")).toBe("m");
    expect(postGender("PDG par intérim", "fr")).toBeUndefined();
    expect(postGender("ministre de l'Économie", "fr")).toBeUndefined();
    expect(postGender("responsable de l'équipe", "fr")).toBeUndefined();
    expect(postGender("director", "en")).toBeUndefined();
  });
});
