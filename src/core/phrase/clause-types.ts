import type { FactEvent, Language } from "../facts/model.js";
import type { Entry, RoleAttachment, Slot } from "./lexicon.js";
import type { Named } from "./names.js";

// The shapes of a clause, apart from how one is built (clause.ts), so that the grammars'
// interface (languages/phrasing-types.ts) can name them without importing what builds them.

/** One part of a clause after its verb, with its preposition: « dans OpenAI », "as CEO". */
export interface ClauseSlot {
  slot: Slot;
  text: string;
}

/** An event resolved into what a sentence about it says: subject, verb, and what follows. */
export interface Clause<V> {
  lang: Language;
  event: FactEvent;
  entry: Entry<V>;
  verb: V;
  object?: string;
  actor?: Named;
  /** The target as the clause names it, when the frame has a place for it. */
  target?: Named;
  /** "" when the target is the direct object, else its preposition. */
  targetPrep?: string;
  /** The role, when the clause states it, and how it attaches. */
  role?: { text: string; attachment: RoleAttachment };
  slots: ClauseSlot[];
  /**
   * Parts the event has that this language cannot say: a role or label the pack gives no
   * words for in it, a name that is a phrase of another language. See `realisable`.
   */
  missing: ("actor" | Slot)[];
}

/** Names a clause uses instead of the event's own: several actors told as one subject. */
export interface ClauseOverride {
  actor?: Named;
  target?: Named;
}

/** Where a question puts the date: after the clause, or before it and a comma. */
export type DatePlace = "trail" | "lead";
