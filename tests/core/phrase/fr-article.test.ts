import { describe, expect, it } from "vitest";
import { indexFacts } from "../../../src/core/facts/fact-index.js";
import { createGenerator } from "../../../src/core/generate/index.js";
import { phraseContext } from "../../../src/core/phrase/context.js";
import { storyPack } from "../../helpers/packs.js";

// docs/questions.md, rule 4: an organisation's name keeps the article the pack's own sentences
// read it with (« la CGS », « du Groupe Vega »); a name they read bare stays bare.
const pack = storyPack(
  "fr",
  `entities:
  - { id: cgs, name: CGS, kind: organisation }
  - { id: orbis, name: Orbis, kind: organisation }
  - { id: groupe-vega, name: Groupe Vega, kind: organisation }
  - { id: uem, name: UEM, kind: organisation }
quotes:
  - id: uem-dit
    speaker: uem
    text: "Rien n'est encore décidé"
    sources: [gazette]
    evidence: "« Rien n'est encore décidé », affirme l'UEM."
  - id: cgs-dit
    speaker: cgs
    text: "Nous ne signerons pas cet accord"
    sources: [gazette]
    evidence: "« Nous ne signerons pas cet accord », a répété la CGS devant la presse."
  - id: orbis-dit
    speaker: orbis
    text: "Le plan est prêt depuis longtemps"
    sources: [gazette]
    evidence: "« Le plan est prêt depuis longtemps », assure-t-on chez Orbis."
claims:
  - id: effectif
    about: le nombre de salariés de Groupe Vega
    value: 1200
    unit: employés
    subject: groupe-vega
    sources: [gazette]
    evidence: "Les 1 200 salariés du Groupe Vega attendent la décision."
`,
);

describe("a French organisation's name and its article", () => {
  it("keeps the article its sentences read it with, and the gender it tells", () => {
    const fr = phraseContext(indexFacts(pack), "fr");
    expect(fr.name("cgs")).toMatchObject({ text: "la CGS", gender: "f" });
    expect(fr.name("groupe-vega")).toMatchObject({ text: "le Groupe Vega", gender: "m" });
    expect(fr.name("uem")).toMatchObject({ text: "l'UEM", gender: undefined });
    // Read bare (« chez Orbis »): a company name takes none.
    expect(fr.name("orbis")?.text).toBe("Orbis");
    // English takes none.
    expect(phraseContext(indexFacts(pack), "en").name("cgs")?.text).toBe("CGS");
  });

  it("is said with it in questions, as a subject and after « de »", () => {
    const { questions } = createGenerator(pack).generate({ seed: 1 });
    const byId = new Map(questions.map((q) => [q.id, q]));
    expect(byId.get("effectif.how-many")?.prompt).toBe(
      "Quel est le nombre de salariés du Groupe Vega ?",
    );
    // « salariés » and « employés » count the same staff: the figure says it once.
    expect(byId.get("effectif.how-many")?.explanation).toBe(
      "Le nombre de salariés du Groupe Vega est de 1\u00a0200.",
    );
    expect(byId.get("cgs-dit.quote")?.explanation).toBe(
      "La CGS a déclaré « Nous ne signerons pas cet accord ».",
    );
    expect(byId.get("orbis-dit.quote")?.explanation).toBe(
      "Orbis a déclaré « Le plan est prêt depuis longtemps ».",
    );
  });
});
