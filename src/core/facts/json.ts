import { findConflicts } from "./conflicts.js";
import type { Pack } from "./model.js";

/** The facts of a pack in the stable JSON shape of `newsquiz facts --json` (DESIGN.md). */
export function factsJson(pack: Pack) {
  return {
    id: pack.id,
    title: pack.title,
    language: pack.language,
    sources: pack.sources,
    entities: pack.entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      ...(e.gender ? { gender: e.gender } : {}),
      descriptions: e.descriptions,
    })),
    events: pack.events.map((e) => ({
      id: e.id,
      type: e.type,
      actor: e.actor ?? null,
      target: e.target ?? null,
      date: e.date ?? null,
      ...(e.until ? { until: e.until } : {}),
      ...(e.status ? { status: e.status } : {}),
      ...(e.role ? { role: e.role } : {}),
      ...(e.org ? { org: e.org } : {}),
      ...(e.label ? { label: e.label } : {}),
      sources: e.sources,
      ...extractedOf(e),
    })),
    claims: pack.claims.map((c) => ({
      id: c.id,
      about: c.about,
      value: c.value,
      ...(c.total !== undefined ? { total: c.total } : {}),
      qualifier: c.qualifier,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.date ? { date: c.date } : {}),
      sources: c.sources,
      ...extractedOf(c),
    })),
    quotes: pack.quotes.map((q) => ({
      id: q.id,
      speaker: q.speaker,
      text: q.text,
      date: q.date ?? null,
      sources: q.sources,
      ...extractedOf(q),
    })),
    conflicts: findConflicts(pack.claims),
  };
}

function extractedOf(fact: {
  evidence?: string;
  confidence?: number;
  extracted?: boolean;
  review?: string;
}) {
  return {
    ...(fact.evidence !== undefined ? { evidence: fact.evidence } : {}),
    ...(fact.confidence !== undefined ? { confidence: fact.confidence } : {}),
    ...(fact.extracted ? { extracted: true } : {}),
    ...(fact.review ? { review: fact.review } : {}),
  };
}
