import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import { MONTHS } from "../../../src/core/i18n/calendar.js";
import type { Question } from "../../../src/core/question/model.js";
import { packFrom } from "../../helpers/packs.js";
import { ROOT } from "../../helpers/run-cli.js";

// The rules that keep questions unambiguous, on a small invented story (tests/fixtures/packs):
// checked over many seeds, since distractors are drawn at random.

const pack = packFrom(
  readFileSync(join(ROOT, "tests/fixtures/packs/acme-crisis.yaml"), "utf8"),
  "acme",
);
const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
const generator = createGenerator(pack);

function everySeed(id: string, check: (q: Question) => void, difficulty?: "easy" | "hard") {
  for (const seed of SEEDS) {
    const q = generator
      .generate({ seed, ...(difficulty ? { difficulty } : {}) })
      .questions.find((x) => x.id === id);
    if (!q) throw new Error(`no question ${id} with seed ${seed}`);
    check(q);
  }
}

const choices = (q: Question) => (q.type === "single" ? q.choices : []);
const wrong = (q: Question) =>
  choices(q)
    .filter((c) => !c.correct)
    .map((c) => c.text);
const right = (q: Question) => choices(q).find((c) => c.correct)?.text;

describe("questions never have a second true answer", () => {
  it("asks who dismissed him « parmi ces propositions » and never offers the other actor", () => {
    everySeed("renvoi-paul.who", (q) => {
      expect(q.prompt).toBe(
        "Parmi ces propositions, qui a évincé Paul Durand de son poste de PDG d'Acme le vendredi 1er mars 2024 ?",
      );
      expect(right(q)).toBe("Le conseil de surveillance");
      expect(wrong(q)).not.toContain("Marc Lefèvre");
    });
  });

  it("asks who held a post first, and who came next, with the later holder as a distractor", () => {
    everySeed("lea-interim.whom.first", (q) => {
      expect(q.prompt).toMatch(/^Qui a été nommée? PDG par intérim d'Acme en premier \?$/);
      expect(right(q)).toBe("Léa Martin");
    });
    everySeed(
      "lea-interim.whom.first",
      (q) => {
        expect(wrong(q)).toContain("Inès Roux");
        expect(choices(q).find((c) => c.text === "Inès Roux")?.feedback).toBe(
          "Le lundi 4 mars 2024, le conseil de surveillance a nommé Inès Roux PDG par intérim d'Acme.",
        );
      },
      "hard",
    );
    everySeed("ines-interim.whom.next", (q) => {
      expect(q.prompt).toMatch(/^Qui a été nommée? PDG par intérim d'Acme après Léa Martin \?$/);
      expect(right(q)).toBe("Inès Roux");
      expect(wrong(q)).not.toContain("Léa Martin");
      expect(q.explanation).toBe(
        "Léa Martin a été nommée PDG par intérim d'Acme le vendredi 1er mars 2024 ; Inès Roux a succédé à Léa Martin le lundi 4 mars 2024.",
      );
    });
  });

  it("agrees « nommée » only when every choice is a woman, so agreement gives nothing away", () => {
    for (const difficulty of ["easy", "hard", undefined] as const) {
      everySeed(
        "lea-interim.whom",
        (q) =>
          expect(q.prompt).toBe(
            "Qui a été nommé PDG par intérim d'Acme le vendredi 1er mars 2024 ?",
          ),
        difficulty,
      );
    }
    const women = packFrom(`
title: Nominations
language: fr
sources: [{ id: s, outlet: La Gazette, language: fr }]
entities:
  - { id: acme, name: Acme, kind: organisation, gender: f }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
  - { id: ines, name: Inès Roux, kind: person, gender: f }
  - { id: anne, name: Anne Petit, kind: person, gender: f }
  - { id: zoe, name: Zoé Blanc, kind: person, gender: f }
events:
  - { id: lea-pdg, type: appointment, actor: acme, target: lea, role: PDG, org: acme, date: 2024-03-01, sources: [s] }
`);
    const q = createGenerator(women)
      .generate({ seed: 3 })
      .questions.find((x) => x.id === "lea-pdg.whom");
    // The actor is the organisation the post belongs to, so it stays in the question.
    expect(q?.prompt).toBe("Qui Acme a-t-elle nommée PDG le vendredi 1er mars 2024 ?");
  });

  it("offers only women for a woman's post (« directrice »), and then agrees « nommée »", () => {
    const mixed = packFrom(`
title: Nominations
language: fr
sources: [{ id: s, outlet: La Gazette, language: fr }]
entities:
  - { id: acme, name: Acme, kind: organisation, gender: f }
  - { id: lea, name: Léa Martin, kind: person, gender: f }
  - { id: ines, name: Inès Roux, kind: person, gender: f }
  - { id: anne, name: Anne Petit, kind: person, gender: f }
  - { id: zoe, name: Zoé Blanc, kind: person, gender: f }
  - { id: paul, name: Paul Durand, kind: person, gender: m }
  - { id: marc, name: Marc Lefèvre, kind: person, gender: m }
  - { id: hugo, name: Hugo Blanc, kind: person, gender: m }
events:
  - { id: lea-dg, type: appointment, target: lea, role: directrice générale, date: 2024-03-01, sources: [s] }
  - { id: paul-parti, type: departure, actor: paul, target: acme, date: 2024-02-01, sources: [s] }
  - { id: marc-parti, type: departure, actor: marc, target: acme, date: 2024-02-02, sources: [s] }
  - { id: hugo-parti, type: departure, actor: hugo, target: acme, date: 2024-02-03, sources: [s] }
`);
    for (const seed of SEEDS) {
      const q = createGenerator(mixed)
        .generate({ seed })
        .questions.find((x) => x.id === "lea-dg.whom");
      expect(q?.prompt).toBe("Qui a été nommée directrice générale le vendredi 1er mars 2024 ?");
      expect(wrong(q!).every((n) => ["Inès Roux", "Anne Petit", "Zoé Blanc"].includes(n))).toBe(
        true,
      );
    }
  });

  it("knows that being hired by a company is joining it, and the other way round", () => {
    // Anne and Hugo joined Globex that day: one question asks it, the other is not asked twice.
    everySeed("anne-globex.who", (q) => {
      expect(q.prompt).toBe("Parmi ces propositions, qui a rejoint Globex le lundi 4 mars 2024 ?");
      expect(right(q)).toBe("Anne Petit");
      expect(wrong(q)).not.toContain("Paul Durand");
      expect(wrong(q)).not.toContain("Hugo Blanc");
    });
    expect(generator.generate({ seed: 1 }).questions.map((q) => q.id)).not.toContain(
      "hugo-globex.who",
    );
    everySeed("globex-paul.whom", (q) => {
      expect(q.prompt).toBe(
        "Parmi ces propositions, qui Globex a-t-elle embauché le lundi 4 mars 2024 ?",
      );
      expect(wrong(q)).not.toContain("Hugo Blanc");
      expect(wrong(q)).not.toContain("Anne Petit");
    });
  });

  it("asks a disputed figure only as one source gives it, never offering another source's", () => {
    everySeed("grevistes-courrier.how-many", (q) => {
      expect(q.prompt).toBe("Selon Le Courrier, quel est le nombre de grévistes ?");
      expect(right(q)).toBe("environ 450 salariés");
      expect(wrong(q).some((t) => /\b300\b/.test(t))).toBe(false);
      expect(q.explanation).toBe(
        "Selon Le Courrier, le nombre de grévistes est d'environ 450 salariés. Selon La Gazette, le nombre de grévistes est de plus de 300 salariés.",
      );
    });
  });

  it("never asks « plus de 300 » as a figure to pick, and turns the bound around when false", () => {
    // « plus de 250 » would be true by La Gazette, « plus de 400 » perhaps by Le Courrier's
    // « environ 450 »: no other bound is surely wrong, so the figure is asked as true or false.
    const ids = generator.generate({ seed: 1 }).questions.map((q) => q.id);
    expect(ids).not.toContain("grevistes-gazette.how-many");
    everySeed("grevistes-gazette.true-false", (q) => {
      if (q.type !== "truefalse") throw new Error("expected true or false");
      if (q.answer) {
        expect(q.prompt).toBe(
          "Vrai ou faux ? Selon La Gazette, le nombre de grévistes est de plus de 300 salariés.",
        );
        return;
      }
      const value = Number(
        /moins de ([\d\u00a0]+) salariés/.exec(q.prompt)?.[1]?.replace(/\u00a0/g, ""),
      );
      expect(value, q.prompt).toBeLessThan(300);
    });
  });
});

describe("difficulty", () => {
  it("hard draws near dates and near figures, easy far ones", () => {
    const daysFromAnswer = (text: string) => {
      const m = /(\d+)(?:er)? (\p{L}+) (\d{4})$/u.exec(text);
      if (!m) throw new Error(`not a date: ${text}`);
      const month = MONTHS.fr.indexOf(m[2]!);
      return (
        Math.abs(Date.UTC(Number(m[3]), month, Number(m[1])) - Date.UTC(2024, 2, 1)) / 86_400_000
      );
    };
    const hard = (q: Question) => {
      for (const text of wrong(q)) expect(daysFromAnswer(text), text).toBeLessThanOrEqual(3);
      expect(q.difficulty).toBe("hard");
    };
    const easy = (q: Question) => {
      for (const text of wrong(q)) expect(daysFromAnswer(text), text).toBeGreaterThan(14);
      expect(q.difficulty).toBe("easy");
    };
    everySeed("renvoi-paul.when", hard, "hard");
    everySeed("renvoi-paul.when", easy, "easy");
    // « 1,5 million d'euros », « 500 000 euros »: in millions.
    const millions = (text: string) => {
      const m = /^([\d\u00a0,]+) (millions? d')?euros$/.exec(text);
      if (!m) throw new Error(`not a sum: ${text}`);
      const value = Number(m[1]!.replace(/\u00a0/g, "").replace(",", "."));
      return m[2] ? value : value / 1e6;
    };
    const gaps = (q: Question) => wrong(q).map((t) => Math.abs(millions(t) - 2) / 2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const seed of SEEDS) {
      const find = (difficulty: "easy" | "hard") =>
        generator.generate({ seed, difficulty }).questions.find((q) => q.id === "amende.how-many")!;
      const near = gaps(find("hard"));
      const far = gaps(find("easy"));
      expect(near.filter((g) => g <= 0.35).length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
      expect(mean(near), `seed ${seed}`).toBeLessThan(mean(far));
    }
  });
});

describe("regressions", () => {
  // Found by the random packs: the same author's sentence told of two days made the other day
  // a distractor of « Quand ceci s'est-il produit ? », though it was right too.
  it("asks when an author's sentence told of two days happened first, and offers neither day as wrong", () => {
    const twice = packFrom(`
title: Deux fois
language: fr
sources: [{ id: s, outlet: La Gazette, language: fr }]
entities: [{ id: acme, name: Acme, kind: organisation, gender: f }]
events:
  - { id: a, type: other, text: Le projet est suspendu., date: 2023-11-17, sources: [s] }
  - { id: b, type: other, text: Le projet est suspendu., date: 2023-11-20, sources: [s] }
`);
    for (const seed of SEEDS) {
      const { questions } = createGenerator(twice).generate({ seed, difficulty: "hard" });
      const when = questions.filter((q) => q.kind === "when");
      expect(when.map((q) => q.id)).toEqual(["a.when.first"]);
      expect(when[0]!.prompt).toBe(
        "Quand ceci s'est-il produit pour la première fois : « Le projet est suspendu » ?",
      );
      expect(wrong(when[0]!)).not.toContain("lundi 20 novembre 2023");
      // A false day is any other: 20 November 2022 is one, 20 November 2023 is not.
      for (const q of questions.filter((x) => x.type === "truefalse" && !x.answer)) {
        expect(q.prompt).not.toMatch(/17 novembre 2023|20 novembre 2023/);
      }
    }
  });
});
