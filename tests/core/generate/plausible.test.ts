import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import type { Question } from "../../../src/core/question/model.js";
import { packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

// docs/questions.md, rules 1 and 6: a wrong choice is one the facts prove wrong and a reader
// could believe, never one that could not have happened at all.

const pack = packFrom(readFileSync(join(ROOT, "tests/fixtures/packs/plausible.yaml"), "utf8"));
const generator = createGenerator(pack);
const SEEDS = Array.from({ length: 30 }, (_, i) => i * 7919 + 5);
const runs = SEEDS.flatMap((seed) =>
  (["easy", "hard", undefined] as const).map((difficulty) =>
    generator.generate({ seed, ...(difficulty ? { difficulty } : {}) }),
  ),
);
const asked = (id: string): Question[] => {
  const found = runs.flatMap((r) => r.questions.filter((q) => q.id === id));
  if (found.length === 0) throw new Error(`no question ${id}`);
  return found;
};
const wrong = (id: string) =>
  new Set(
    asked(id)
      .flatMap((q) => (q.type === "single" ? q.choices.filter((c) => !c.correct) : []))
      .map((c) => c.text),
  );
const years = (texts: Iterable<string>) => [...texts].map((t) => Number(/\d{4}/.exec(t)?.[0]));
const numbers = (texts: Iterable<string>) =>
  [...texts].map((t) => Number(/^[\d\u00a0]+/.exec(t)?.[0]?.replace(/\u00a0/g, "")));

describe("who could have done it", () => {
  it("offers for the dismissal of Vega's chief only who has a say at Vega, never Vega itself", () => {
    expect([...wrong("renvoi.who")].sort()).toEqual(["Nova", "Orbis"]);
  });

  it("offers for a hiring only companies he was not already with, never a newspaper", () => {
    const offered = wrong("embauche.who");
    expect(offered.has("Vega")).toBe(false);
    expect(offered.has("La Gazette")).toBe(false);
    expect(offered.has("Le conseil de Vega")).toBe(false);
    expect(offered.size).toBeGreaterThan(1);
  });

  it("never offers someone already at Vega as the one who joined it", () => {
    const offered = wrong("arrivee.who");
    expect(offered.has("Léa Martin")).toBe(false);
    expect(offered.has("Inès Roux")).toBe(false);
    expect(offered.size).toBeGreaterThan(1);
  });

  it("asks nobody which person signed the staff's letter: any of them may have", () => {
    expect(runs[0]!.rejected.find((r) => r.id === "signe.who")?.reason).toBe(
      "a group among the true answers leaves no person the facts prove wrong",
    );
  });

  it("offers for a post only one holds people of that organisation, none who holds one elsewhere", () => {
    // Who is Vega's chief executive? People of Vega, not Globex's or Acme's managers.
    const offered = wrong("lea.role.who");
    expect(offered.has("Zoé Blanc")).toBe(false);
    expect(offered.has("Anne Petit")).toBe(false);
    expect(offered.size).toBeGreaterThan(1);
    // Nor is Globex's chief executive offered as named Vega's interim chief.
    expect(wrong("interim.whom").has("Zoé Blanc")).toBe(false);
  });

  it("takes another statement for another thing said, not for a second right answer", () => {
    for (const q of asked("communique.who")) {
      expect(q.prompt).toBe(
        "Le mardi 19 mars 2024, qui s'est exprimé dans un communiqué sur l'avenir de Vega ?",
      );
    }
    // Only people tied to Vega, which the statement is about, could have made it; Paul Durand
    // spoke that day too, of something else: a wrong answer, not a second right one.
    const offered = wrong("communique.who");
    expect(offered.has("Paul Durand")).toBe(true);
    for (const stranger of ["Zoé Blanc", "Anne Petit", "Yves Garnier", "Marc Lefèvre"]) {
      expect(offered.has(stranger)).toBe(false);
    }
  });

  it("asks « un » of a description many may fit, and never offers it to someone it may fit", () => {
    for (const q of asked("ines.role.who")) {
      expect(q.prompt).toBe("Qui est une chercheuse chez Vega ?");
    }
    expect(wrong("ines.role.who").has("Léa Martin")).toBe(false);
    expect(wrong("lea.role.what").has("Chercheuse chez Vega")).toBe(false);
  });
});

describe("what could have been said", () => {
  it("asks words cut from a sentence as who said them, never offers them as what was said", () => {
    expect(runs.some((r) => r.questions.some((q) => q.id === "decision.quote.what"))).toBe(false);
    for (const text of wrong("au-revoir.quote.what")) expect(text).not.toMatch(/décision/);
  });

  it("never offers a board words only one person says (« je »), and agrees with the staff", () => {
    // Nor the company its board speaks for: « Vega a déclaré » is not plainly false, and words
    // about Vega are no board of Vega's words.
    expect(wrong("decision.quote").has("Vega")).toBe(false);
    expect(wrong("responsabilites.quote.what").has("« Vega restera indépendante »")).toBe(false);
    for (const text of wrong("soutien.quote.what")) expect(text).not.toMatch(/Je pars/);
    expect(asked("soutien.quote.what")[0]!.prompt).toBe(
      "Qu'ont déclaré les salariés de Vega le lundi 18 mars 2024 ?",
    );
  });
});

describe("when and how many it could have been", () => {
  it("offers no year before Vega was founded, none after the page was published", () => {
    for (const year of years(wrong("accord.when"))) {
      expect(year).toBeGreaterThanOrEqual(2010);
      expect(year).toBeLessThanOrEqual(2024);
    }
    for (const q of asked("embauche.when")) {
      for (const c of q.type === "single" ? q.choices : []) {
        expect(c.text).not.toMatch(/(?:2[1-9]|3[01]) mars 2024|avril 2024|2025/);
      }
    }
  });

  it("offers figures within a factor of two, small counts a step or two away", () => {
    for (const n of numbers(wrong("effectif.how-many"))) {
      expect(n).toBeGreaterThanOrEqual(150);
      expect(n).toBeLessThanOrEqual(600);
    }
    for (const n of numbers(wrong("mandats.how-many"))) {
      expect(Math.abs(n - 3)).toBeLessThanOrEqual(2);
    }
    // Vega was founded in 2010: an agreement with it lasts at most fourteen years in 2024.
    for (const n of numbers(wrong("duree.how-many"))) expect(n).toBeLessThanOrEqual(14);
  });
});
