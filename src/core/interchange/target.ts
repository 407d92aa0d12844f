import type { Pack } from "../facts/model.js";
import type { ImportTarget } from "./finish.js";

/** The ids a pack already uses, and those its questions may cite. */
export function importTarget(pack: Pack): ImportTarget & { ids: string[] } {
  const facts = [...pack.entities, ...pack.events, ...pack.claims, ...pack.quotes].map((f) => f.id);
  return {
    ids: [...pack.sources.map((s) => s.id), ...facts, ...pack.questions.map((q) => q.id)],
    sources: pack.sources.map((s) => s.id),
    facts,
  };
}
