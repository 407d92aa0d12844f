import { describe, expect, it } from "vitest";
import { nameSlug } from "../../../src/core/extract/shared/ids.js";
import { slug, uniqueId } from "../../../src/core/text/slug.js";

describe("slug", () => {
  it("gives lowercase ASCII words joined by dashes, without accents or tags", () => {
    expect(slug("Qui a <b>remplacé</b> le directeur ?")).toBe("qui-a-remplace-le-directeur");
    expect(slug("Le ﬁnancement à 2 %")).toBe("le-financement-a-2");
    expect(slug("« ? »")).toBe("");
  });

  it("cuts a long one back to a dash, dropping the word the cut falls in or right after", () => {
    expect(slug("premier deuxieme troisieme", 20)).toBe("premier-deuxieme");
    expect(slug("premier deuxieme troisieme", 16)).toBe("premier");
    expect(slug("anticonstitutionnellement", 10)).toBe("anticonsti");
  });
});

describe("nameSlug", () => {
  it("leaves out a leading article, and gives x for a name of no letters", () => {
    expect(nameSlug("Le conseil d’administration d’OpenAI")).toBe(
      "conseil-d-administration-d-openai",
    );
    expect(nameSlug("L’Élysée")).toBe("elysee");
    expect(nameSlug("…")).toBe("x");
  });
});

describe("uniqueId", () => {
  it("numbers an id already taken, and takes the one it returns", () => {
    const taken = new Set(["offre"]);
    expect(uniqueId("offre", taken)).toBe("offre-2");
    expect(uniqueId("offre", taken)).toBe("offre-3");
  });
});
