import { comparePartialDates } from "../facts/dates.js";
import type { Language, Pack } from "../facts/model.js";

export interface SummaryOptions {
  length: "short" | "long";
  lang?: Language;
}

/** The JSON shape of `newsquiz summary --json` (DESIGN.md). */
export interface Summary {
  summary: string;
  timeline: { date: string; text: string }[];
  people: { name: string; role: string }[];
  conflicts: string[];
}

/**
 * What a reader should retain of a pack. (The composed summary lands with the generation
 * issue; until then, the pack description, a plain timeline and the who's-who.)
 */
export function summarise(pack: Pack, options: SummaryOptions): Summary {
  const lang = options.lang ?? pack.language;
  const entity = new Map(pack.entities.map((e) => [e.id, e.name]));
  return {
    summary: pack.description ?? pack.title,
    timeline: pack.events
      .filter((e) => e.date)
      .sort((a, b) => comparePartialDates(a.date!, b.date!))
      .map((e) => ({
        date: e.date!,
        text:
          e.text ??
          [e.type, entity.get(e.actor ?? ""), entity.get(e.target ?? "")].filter(Boolean).join(" "),
      })),
    people: pack.entities.map((e) => ({
      name: e.name,
      role:
        (e.descriptions.find((d) => (d.lang ?? pack.language) === lang) ?? e.descriptions[0])
          ?.text ?? "",
    })),
    conflicts: [],
  };
}
