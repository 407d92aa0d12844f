import type { FactRef } from "../facts/fact-index.js";
import type { Review } from "../facts/model.js";
import { countReviews, type ReviewCounts } from "./queue.js";

/** What a person decided of one fact in this session; an edit carries the corrected fact. */
export interface Decision {
  review: Review;
  /** The fact as corrected, for `edited`. */
  edited?: FactRef;
}

/** One step of the session, as undo takes it back. */
type Step =
  | { type: "decide"; position: number; id: string; previous: Decision | undefined }
  | { type: "skip"; position: number }
  | { type: "again"; position: number; queue: readonly FactRef[] };

/**
 * A review of extracted facts, one at a time: the state both faces of `newsquiz triage` (the
 * full screen and line mode) drive with the same actions. Pure: the pack file is written by the
 * caller, from `decisions`.
 */
export interface TriageSession {
  /** The facts to review, in the order they are shown. */
  queue: readonly FactRef[];
  /** Where the review stands in the queue; `queue.length` once every fact was seen. */
  position: number;
  /** The review of every extracted fact of the pack when the session began, by id. */
  before: ReadonlyMap<string, Review | undefined>;
  /** This session's decisions, by fact id. */
  decisions: ReadonlyMap<string, Decision>;
  history: readonly Step[];
}

export type TriageAction =
  | { type: "accept" }
  | { type: "reject" }
  | { type: "edit"; fact: FactRef }
  | { type: "skip" }
  | { type: "undo" }
  /** Once every fact was seen: go over those still without a decision (the skipped ones). */
  | { type: "again" };

export function startTriage(
  queue: readonly FactRef[],
  before: ReadonlyMap<string, Review | undefined>,
): TriageSession {
  return { queue, position: 0, before, decisions: new Map(), history: [] };
}

/** The fact under review, as this session has it (corrected when it was edited), if any. */
export function currentFact(session: TriageSession): FactRef | undefined {
  const ref = session.queue[session.position];
  if (!ref) return undefined;
  return session.decisions.get(ref.fact.id)?.edited ?? ref;
}

/** The review the current fact has now: from this session, else from the pack. */
export function reviewOf(session: TriageSession, id: string): Review | undefined {
  return session.decisions.get(id)?.review ?? session.before.get(id);
}

/** The pack's counts with this session's decisions in them: "12 / 40 reviewed · 9 accepted". */
export function triageCounts(session: TriageSession): ReviewCounts {
  return countReviews([...session.before.keys()].map((id) => reviewOf(session, id)));
}

/** Facts of the queue still without a review, once every fact was seen. */
export function leftUnreviewed(session: TriageSession): number {
  return session.queue.filter((ref) => reviewOf(session, ref.fact.id) === undefined).length;
}

export function isFinished(session: TriageSession): boolean {
  return session.position >= session.queue.length;
}

/** The session after an action; an action that does not apply changes nothing. */
export function triageReducer(session: TriageSession, action: TriageAction): TriageSession {
  const ref = session.queue[session.position];
  switch (action.type) {
    case "accept":
    case "reject":
      if (!ref) return session;
      return decide(session, ref, { review: action.type === "accept" ? "accepted" : "rejected" });
    case "edit":
      // An edit is of the fact under review; its id says which.
      if (!ref || action.fact.fact.id !== ref.fact.id) return session;
      return decide(session, ref, { review: "edited", edited: action.fact });
    case "skip":
      if (!ref) return session;
      return {
        ...session,
        position: session.position + 1,
        history: [...session.history, { type: "skip", position: session.position }],
      };
    case "undo":
      return undo(session);
    case "again": {
      if (ref) return session;
      const queue = session.queue.filter((r) => reviewOf(session, r.fact.id) === undefined);
      if (queue.length === 0) return session;
      const step: Step = { type: "again", position: session.position, queue: session.queue };
      return { ...session, queue, position: 0, history: [...session.history, step] };
    }
  }
}

function decide(session: TriageSession, ref: FactRef, decision: Decision): TriageSession {
  const id = ref.fact.id;
  const decisions = new Map(session.decisions);
  decisions.set(id, decision);
  const step: Step = {
    type: "decide",
    position: session.position,
    id,
    previous: session.decisions.get(id),
  };
  return {
    ...session,
    position: session.position + 1,
    decisions,
    history: [...session.history, step],
  };
}

/** The last step taken back: the fact it was about is shown again, as it was before it. */
function undo(session: TriageSession): TriageSession {
  const step = session.history[session.history.length - 1];
  if (!step) return session;
  const history = session.history.slice(0, -1);
  if (step.type === "again") {
    return { ...session, queue: step.queue, position: step.position, history };
  }
  if (step.type === "skip") return { ...session, position: step.position, history };
  const decisions = new Map(session.decisions);
  if (step.previous) decisions.set(step.id, step.previous);
  else decisions.delete(step.id);
  return { ...session, position: step.position, decisions, history };
}

/** What undo would take back, for the screen to say: the decision, or a skip. */
export function lastStep(session: TriageSession): "decide" | "skip" | "again" | undefined {
  return session.history[session.history.length - 1]?.type;
}
