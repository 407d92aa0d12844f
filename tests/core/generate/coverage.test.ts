import { describe, expect, it } from "vitest";
import {
  createGenerator,
  GENERATED_KINDS,
  generateForFacts,
} from "../../../src/core/generate/index.js";
import { fold } from "../../../src/core/text/fold.js";
import { builtinPack } from "../../helpers/packs.js";

const pack = builtinPack();

describe("the questions of the built-in pack", () => {
  const { questions, rejected } = createGenerator(pack).generate({ seed: 1 });

  it("are at least forty distinct questions, of every kind", () => {
    const generated = questions.filter((q) => q.kind !== "written");
    expect(new Set(generated.map((q) => fold(q.prompt))).size).toBeGreaterThanOrEqual(40);
    for (const kind of GENERATED_KINDS) {
      expect(generated.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    }
    // The hand-written questions in French, not their English versions: no quiz mixes languages.
    const french = pack.questions.filter((q) => (q.lang ?? pack.language) === "fr");
    expect(questions.filter((q) => q.kind === "written")).toHaveLength(french.length);
    expect(french).toHaveLength(7);
  });

  it("ask about every fact of the pack in French", () => {
    expect(createGenerator(pack).uncovered({ seed: 1 })).toEqual([]);
  });

  it("ask in English about every fact too: the pack gives every text field in English", () => {
    expect(createGenerator(pack, "en").uncovered({ seed: 1 })).toEqual([]);
  });

  it("leave out in English what the pack gives no English for, and say why", () => {
    // The same pack without its translations: the author's French sentences tell nothing in
    // English, and nothing French is borrowed into an English question.
    const french = structuredClone(pack);
    for (const e of french.events) delete e.translations;
    const uncovered = new Map(
      createGenerator(french, "en")
        .uncovered({ seed: 1 })
        .map((u) => [u.fact, u.reasons]),
    );
    expect(uncovered.get("coup-sutskever")).toEqual([
      "only the author's sentence, which the pack gives in no words of en, tells this event",
    ]);
    for (const q of createGenerator(french, "en").generate({ seed: 1 }).questions) {
      expect(JSON.stringify(q), q.id).not.toMatch(/PDG|intérim|évincé|conférence/);
    }
  });

  it("ask about every described person and organisation but one with no peer to offer", () => {
    const asked = new Set(questions.flatMap((q) => q.facts));
    const unasked = pack.entities.filter((e) => e.descriptions.length > 0 && !asked.has(e.id));
    expect(unasked.map((e) => e.id)).toEqual(["employes-openai"]);
    // The only plural group: « Qui sont les salariés … ? » would need two other groups to offer.
    expect(rejected.filter((r) => r.facts[0] === "employes-openai").map((r) => r.reason)).toEqual([
      "fewer than two others of the same kind with a description",
      "fewer than two others of the same kind with a description",
    ]);
  });

  it("drop what the gate refuses, saying why", () => {
    const reasons = new Map(rejected.map((r) => [r.id, r.reason]));
    expect(reasons.get("fondation-openai.when")).toBe('the prompt gives the answer away ("2015")');
    expect(reasons.get("partenariat-2016.whom")).toBe(
      'the prompt gives the answer away ("openai")',
    );
    expect(reasons.get("sutskever-signe.who")).toBe(
      "a group among the true answers leaves no person the facts prove wrong",
    );
    expect(reasons.get("depart-sidor.who")).toBe("asks what depart-madry.who asks");
  });
});

describe("questions about chosen facts (the entry point of spaced repetition)", () => {
  it("asks about a fact as the kind and difficulty asked, the same question as a quiz would", () => {
    const [when, quote] = generateForFacts(
      pack,
      [{ fact: "eviction-altman", kind: "when", difficulty: "hard" }, { fact: "citation-mission" }],
      { seed: 5 },
    );
    expect(when?.id).toBe("eviction-altman.when");
    expect(when?.difficulty).toBe("hard");
    expect(quote?.id).toBe("citation-mission.quote");
    const quiz = createGenerator(pack).generate({ seed: 5, difficulty: "hard" }).questions;
    expect(quiz.find((q) => q.id === "eviction-altman.when")).toEqual(when);
  });

  it("returns nothing for a kind the fact cannot be asked as, and lists the kinds it can", () => {
    expect(
      generateForFacts(pack, [{ fact: "signataires-90-pourcent", kind: "how-many" }], { seed: 1 }),
    ).toEqual([]);
    const generator = createGenerator(pack);
    expect(generator.kindsFor("signataires-90-pourcent")).toEqual(["true-false"]);
    expect(generator.kindsFor("eviction-altman")).toEqual([
      "who",
      "whom",
      "when",
      "role",
      "true-false",
      "order",
    ]);
  });
});
