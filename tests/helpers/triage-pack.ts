// A pack as `newsquiz add` writes one, with sentences written for the tests (never copied from
// the seed pages): five extracted facts of one article, none reviewed yet. `reviewed` sets the
// decisions and the pack's `unreviewed` setting of a copy.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Pack } from "../../src/core/facts/model.js";
import { packFrom } from "./packs.js";

export const TRIAGE_ARTICLE = `Grève chez Acme

Par Léa Martin, publié le 15 mars 2024

Lundi, Acme a embauché Inès Blanc comme directrice financière. Jeudi, les salariés d'Acme se sont mis en grève. Plus de 300 des 450 salariés ont cessé le travail. Vendredi, la société Acme a limogé Paul Roux, son directeur financier. « Nous ne céderons pas sur les salaires », a déclaré Inès Blanc.
`;

export const TRIAGE_PACK = `# Facts read by \`newsquiz add\` from 1 article kept in articles/.
# A comment the review must keep.

id: greve
title: Grève chez Acme
language: fr
unreviewed: skip
sources:
  - id: gazette
    outlet: La Gazette
    published: 2024-03-15
    language: fr
    file: articles/greve.txt
entities:
  - id: acme
    name: Acme
    kind: organisation
    aliases: []
    gender: f
    descriptions: []
  - id: paul-roux
    name: Paul Roux
    kind: person
    aliases: [Roux]
    gender: m
    descriptions: []
  - id: ines-blanc
    name: Inès Blanc
    kind: person
    aliases: [Mme Blanc]
    gender: f
    descriptions: []
  - id: salaries-acme
    name: les salariés d'Acme
    kind: group
    aliases: []
    gender: m
    plural: true
    descriptions: []
events:
  - id: renvoi-roux # the dismissal
    type: dismissal
    actor: acme
    target: paul-roux
    date: 2024-03-15
    sources: [gazette]
    evidence: Vendredi, la société Acme a limogé Paul Roux, son directeur financier.
    confidence: 0.8
    extracted: true
  - id: embauche-blanc
    type: hiring
    actor: acme
    target: ines-blanc
    role: directrice financière
    date: 2024-03-11
    sources: [gazette]
    evidence: Lundi, Acme a embauché Inès Blanc comme directrice financière.
    confidence: 0.7
    extracted: true
  - id: greve-acme
    type: strike
    actor: salaries-acme
    target: acme
    date: 2024-03-14
    sources: [gazette]
    evidence: Jeudi, les salariés d'Acme se sont mis en grève.
    confidence: 0.5
    extracted: true
claims:
  - id: grevistes
    about: le nombre de grévistes
    value: 300
    total: 450
    qualifier: more-than
    unit: salariés
    subject: acme
    sources: [gazette]
    evidence: Plus de 300 des 450 salariés ont cessé le travail.
    confidence: 0.7
    extracted: true
quotes:
  - id: citation-blanc
    speaker: ines-blanc
    text: Nous ne céderons pas sur les salaires
    date: 2024-03-15
    sources: [gazette]
    evidence: « Nous ne céderons pas sur les salaires », a déclaré Inès Blanc.
    confidence: 0.85
    extracted: true
`;

/** The test pack, parsed. */
export function triagePack(): Pack {
  return packFrom(TRIAGE_PACK, "greve");
}

/** The test pack with these reviews, and `unreviewed` as given (absent: ask, the default). */
export function reviewedPack(
  reviews: Record<string, "accepted" | "rejected" | "edited">,
  unreviewed?: "ask" | "skip",
): Pack {
  const pack = triagePack();
  const mark = <T extends { id: string }>(facts: T[]) =>
    facts.map((f) => (reviews[f.id] ? { ...f, review: reviews[f.id] } : f));
  const { unreviewed: _, ...rest } = pack;
  return {
    ...rest,
    ...(unreviewed ? { unreviewed } : {}),
    events: mark(pack.events),
    claims: mark(pack.claims),
    quotes: mark(pack.quotes),
  };
}

/** A project folder holding the test pack as `add` leaves one, article included. */
export function triageProject(pack = TRIAGE_PACK): { cwd: string; file: string } {
  const cwd = mkdtempSync(join(tmpdir(), "newsquiz-triage-"));
  mkdirSync(join(cwd, "questions", "greve", "articles"), { recursive: true });
  const file = join(cwd, "questions", "greve", "pack.yaml");
  writeFileSync(file, pack);
  writeFileSync(join(cwd, "questions", "greve", "articles", "greve.txt"), TRIAGE_ARTICLE);
  return { cwd, file };
}
