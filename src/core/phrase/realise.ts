import type { EventType } from "../facts/model.js";
import type { Clause } from "./clause.js";

/** A part of an event a sentence may say. */
type Part = "actor" | "target" | "role" | "label" | "org";

/**
 * What a sentence about each event type must say to say anything: every group lists parts of
 * which at least one must be there. « Patricia Dunn a été nommée » (to what?), « X s'est
 * exprimé » (about what?) or « X a démissionné » (from what?) tell the reader nothing they can
 * check, so an event missing such a part is not told at all, in questions or summaries. Data,
 * so that the rules read at a glance.
 */
const NEEDS: Record<EventType, Part[][]> = {
  dismissal: [["target"]],
  resignation: [["actor"], ["role", "target", "org"]],
  appointment: [["target"], ["role"]],
  hiring: [["actor"], ["target"]],
  departure: [["actor"], ["target", "role", "org"]],
  joining: [["actor"], ["target", "role", "org"]],
  petition: [["actor"], ["label", "target"]],
  statement: [["actor"], ["label", "target"]],
  investment: [["actor"], ["target"]],
  acquisition: [["actor"], ["target", "label"]],
  agreement: [["actor"], ["target"]],
  strike: [["actor"]],
  layoff: [["actor"], ["target", "label"]],
  closure: [
    ["actor", "target"],
    ["target", "label"],
  ],
  founding: [["target", "label"]],
  launch: [["actor"], ["target", "label"]],
  announcement: [["actor"], ["label", "target"]],
  negotiation: [["actor"], ["target", "label"]],
  other: [["label"]],
};

/**
 * Types whose target, as a direct object or after its preposition, is never a place: "Toys R Us
 * closed the United Kingdom" (its stores there) or "hired France" say something else than the
 * sources, so a place there says no target.
 */
const NO_PLACE: ReadonlySet<EventType> = new Set([
  "closure",
  "acquisition",
  "founding",
  "launch",
  "hiring",
  "appointment",
  "dismissal",
  "layoff",
]);

/** The parts a clause says. */
function said(clause: Clause<unknown>): Set<Part> {
  const parts = new Set<Part>();
  if (clause.actor) parts.add("actor");
  if (clause.target && !(clause.target.kind === "place" && NO_PLACE.has(clause.event.type)))
    parts.add("target");
  if (clause.role) parts.add("role");
  if (clause.slots.some((s) => s.slot === "label")) parts.add("label");
  if (clause.slots.some((s) => s.slot === "org")) parts.add("org");
  return parts;
}

/**
 * True when the clause says all its event needs (see NEEDS), in its language: a role the pack
 * gives no words for in that language, or a name that is a phrase of another one, is not there.
 */
export function realisable(clause: Clause<unknown>): boolean {
  const parts = said(clause);
  return NEEDS[clause.event.type].every((group) => group.some((p) => parts.has(p)));
}
