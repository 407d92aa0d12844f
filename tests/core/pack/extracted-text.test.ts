import { describe, expect, it } from "vitest";
import type { Pack } from "../../../src/core/facts/model.js";
import { newPackDocument, PACK_TO_STRING } from "../../../src/core/pack/extend.js";
import { extractedPackText } from "../../../src/core/pack/extracted-text.js";
import { extractMany } from "../../helpers/extract.js";
import { builtinPack, packFrom } from "../../helpers/packs.js";

// The whole pack as one YAML document is what pack files always were: written item by item, the
// text must be the same, byte for byte.
const whole = (pack: Pack, header: string) =>
  newPackDocument(pack, header).toString(PACK_TO_STRING);

// Strings the YAML writer quotes, escapes or writes as a block, each in a list item.
const AWKWARD = `title: "Grève : « la fin » ?"
language: fr
description: "Deux lignes\\n  la seconde indentée\\n\\net une vide"
sources:
  - id: gazette
    outlet: "#1 des kiosques"
    title: "- tiret, puis: deux-points"
    language: fr
  - id: courrier
    outlet: "yes"
    title: "'guillemets' et \\"doubles\\""
    language: fr
entities:
  - id: paul-roux
    name: Paul Roux
    kind: person
    aliases: [Roux, "P. Roux"]
    descriptions:
      - text: "  directeur général   "
        sources: [gazette, courrier]
quotes:
  - id: citation-paul-roux
    speaker: paul-roux
    text: "Nous partons.\\nVraiment."
    sources: [gazette]
    evidence: "« Nous partons », a dit Paul Roux : 100 % des voix, 2024-03-15."
    confidence: 0.5
    extracted: true
`;

describe("the text of a new pack, item by item", () => {
  it("is the whole document's text for an extracted pack", () => {
    const pack = extractMany([
      {
        outlet: "La Gazette",
        text: "Vendredi, la société Acme a limogé Paul Roux, son directeur général. « Nous partons », a déclaré Léa Martin, déléguée syndicale.",
      },
      {
        outlet: "Le Courrier",
        text: "Acme a nommé Inès Blanc directrice générale lundi. Plus de 300 des 500 salariés ont signé une lettre.",
      },
    ]);
    const header = " Facts read by `newsquiz add`.\n Review them.";
    expect(pack.events.length).toBeGreaterThan(1);
    expect(extractedPackText({ ...pack, unreviewed: "skip" }, header)).toBe(
      whole({ ...pack, unreviewed: "skip" }, header),
    );
  });

  it("is the whole document's text for the built-in pack and for awkward strings", () => {
    for (const pack of [builtinPack(), packFrom(AWKWARD, "greve")]) {
      expect(extractedPackText(pack, " En-tête.")).toBe(whole(pack, " En-tête."));
    }
  });

  it("leaves a pack sharing an object to the whole document, which writes the alias", () => {
    const pack = packFrom(AWKWARD, "greve");
    // One list of sources in an entity and in a quote: an anchor in one item, its alias in another.
    const shared = pack.sources.map((s) => s.id);
    const sharing = {
      ...pack,
      entities: pack.entities.map((e) => ({
        ...e,
        descriptions: [{ text: "directeur", sources: shared }],
      })),
      quotes: pack.quotes.map((q) => ({ ...q, sources: shared })),
    };
    const text = extractedPackText(sharing, "");
    expect(text).toBe(whole(sharing, ""));
    expect(text).toContain("sources: &a1 [gazette, courrier]");
    expect(text).toContain("sources: *a1");
  });
});
