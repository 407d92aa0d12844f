import type { Language, Pack } from "../core/facts/model.js";
import { generateQuestions } from "../core/generate/index.js";
import type { Said } from "../core/i18n/msg.js";
import type { PackLocation, PackOrigin } from "./pack-locations.js";

// Apart from pack-summaries.ts, which the home screen loads at start-up: the generator (and the
// question model under it) is loaded only when a pack changed since its summary was cached.

/** What the home screen shows of a pack, without keeping the pack itself. */
export interface PackSummary {
  id: string;
  file: string;
  origin: PackOrigin;
  title: string;
  language: Language;
  description: string;
  questions: number;
  /** Names of the people and organisations, so that the filter finds a pack by who is in it. */
  keywords: string[];
  hash: string;
  /** The first problem of a pack that does not load, said in the interface's language. */
  error?: Said;
}

/** Summarises a loaded pack: the playable question count comes from the generator itself. */
export function summarisePack(location: PackLocation, pack: Pack, hash: string): PackSummary {
  return {
    id: pack.id,
    file: location.file,
    origin: location.origin,
    title: pack.title,
    language: pack.language,
    description: pack.description ?? "",
    questions: generateQuestions(pack, { seed: 0 }).length,
    keywords: pack.entities.slice(0, 60).map((e) => e.name),
    hash,
  };
}
