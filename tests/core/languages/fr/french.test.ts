import { describe, expect, it } from "vitest";
import { a, agree, article, de, que } from "../../../../src/core/languages/fr/french.js";
import { capitalize } from "../../../../src/core/text/capitalize.js";

describe("French prepositions and elision", () => {
  it("elides before a vowel and contracts with le and les", () => {
    expect(de("OpenAI")).toBe("d'OpenAI");
    expect(de("Microsoft")).toBe("de Microsoft");
    expect(de("le conseil d'administration d'OpenAI")).toBe("du conseil d'administration d'OpenAI");
    expect(de("les employés d'OpenAI")).toBe("des employés d'OpenAI");
    expect(de("la start-up")).toBe("de la start-up");
    expect(de("l'entreprise")).toBe("de l'entreprise");
    expect(de("Emmett Shear")).toBe("d'Emmett Shear");
    expect(a("le conseil")).toBe("au conseil");
    expect(a("les employés")).toBe("aux employés");
    expect(a("OpenAI")).toBe("à OpenAI");
    expect(que("il")).toBe("qu'il");
    expect(de("Yahoo")).toBe("de Yahoo");
    expect(de("Yves Rocher")).toBe("d'Yves Rocher");
  });

  it("chooses the article and agrees participles", () => {
    expect(article("entreprise", "f")).toBe("l'entreprise");
    expect(article("start-up", "f")).toBe("la start-up");
    expect(article("conseil", "m")).toBe("le conseil");
    expect(agree("nommé", "f")).toBe("nommée");
    expect(agree("évincé", "m")).toBe("évincé");
    expect(agree("renvoyé", "m", true)).toBe("renvoyés");
    expect(agree("mis", "m", true)).toBe("mis");
    expect(agree("mis", "f", true)).toBe("mises");
    expect(capitalize("le conseil")).toBe("Le conseil");
  });
});
