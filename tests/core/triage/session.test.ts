import { describe, expect, it } from "vitest";
import { withField } from "../../../src/core/triage/fields.js";
import { reviewsOf, triageQueue } from "../../../src/core/triage/queue.js";
import {
  currentFact,
  isFinished,
  leftUnreviewed,
  startTriage,
  type TriageAction,
  type TriageSession,
  triageCounts,
  triageReducer,
} from "../../../src/core/triage/session.js";
import { progressText } from "../../../src/core/triage/transcript.js";
import { reviewedPack, triagePack } from "../../helpers/triage-pack.js";

function start(pack = triagePack(), all = false): TriageSession {
  return startTriage(triageQueue(pack, all), reviewsOf(pack));
}

function run(session: TriageSession, ...actions: TriageAction[]): TriageSession {
  return actions.reduce(triageReducer, session);
}

const decided = (s: TriageSession) =>
  [...s.decisions].map(([id, d]) => `${id} ${d.review}${d.edited ? ` ${d.edited.fact.date}` : ""}`);

describe("a fact review session", () => {
  it("goes through the facts most questions depend on first", () => {
    expect(start().queue.map((r) => r.fact.id)).toEqual([
      "renvoi-roux",
      "embauche-blanc",
      "greve-acme",
      "grevistes",
      "citation-blanc",
    ]);
  });

  it("records accept, reject and edit, and counts them as the progress line says", () => {
    const s0 = start();
    const edited = withField(s0.queue[2]!, "date", "2024-03-13");
    const s = run(
      s0,
      { type: "accept" },
      { type: "reject" },
      { type: "edit", fact: edited },
      { type: "skip" },
    );
    expect(decided(s)).toEqual([
      "renvoi-roux accepted",
      "embauche-blanc rejected",
      "greve-acme edited 2024-03-13",
    ]);
    expect(currentFact(s)?.fact.id).toBe("citation-blanc");
    expect(progressText(triageCounts(s), "en")).toBe(
      "3 / 5 reviewed · 1 accepted · 1 rejected · 1 edited",
    );
    expect(progressText(triageCounts(s), "fr")).toBe(
      "3 / 5 examinés · 1 accepté · 1 rejeté · 1 corrigé",
    );
  });

  it("undo takes back the last step and shows its fact again, as it was", () => {
    const s0 = start();
    const edited = withField(s0.queue[0]!, "date", "2024-03-16");
    const s1 = run(s0, { type: "edit", fact: edited }, { type: "reject" }, { type: "skip" });
    const undoSkip = run(s1, { type: "undo" });
    expect(currentFact(undoSkip)?.fact.id).toBe("greve-acme");
    expect(decided(undoSkip)).toEqual(["renvoi-roux edited 2024-03-16", "embauche-blanc rejected"]);
    const undoAll = run(undoSkip, { type: "undo" }, { type: "undo" });
    expect(currentFact(undoAll)?.fact).toEqual(s0.queue[0]!.fact);
    expect(decided(undoAll)).toEqual([]);
    expect(run(undoAll, { type: "undo" })).toBe(undoAll);
  });

  it("a decision taken again replaces the first, and undo brings the first back", () => {
    const s = run(start(), { type: "accept" }, { type: "undo" }, { type: "reject" });
    expect(decided(s)).toEqual(["renvoi-roux rejected"]);
    const back = run(start(), { type: "accept" }, { type: "undo" });
    expect(decided(back)).toEqual([]);
  });

  it("once every fact was seen, goes over the skipped ones again", () => {
    const s = run(
      start(),
      { type: "accept" },
      { type: "skip" },
      { type: "reject" },
      { type: "skip" },
      { type: "accept" },
    );
    expect(isFinished(s)).toBe(true);
    expect(leftUnreviewed(s)).toBe(2);
    expect(run(s, { type: "accept" })).toBe(s);
    const again = run(s, { type: "again" });
    expect(again.queue.map((r) => r.fact.id)).toEqual(["embauche-blanc", "grevistes"]);
    expect(run(again, { type: "undo" }).queue).toHaveLength(5);
  });

  it("counts what earlier sessions decided, and leaves those facts out of the queue", () => {
    const pack = reviewedPack({ "renvoi-roux": "accepted", grevistes: "rejected" }, "skip");
    const s = start(pack);
    expect(s.queue.map((r) => r.fact.id)).toEqual([
      "embauche-blanc",
      "greve-acme",
      "citation-blanc",
    ]);
    expect(progressText(triageCounts(s), "en")).toBe("2 / 5 reviewed · 1 accepted · 1 rejected");
    // --all: every extracted fact again, what was decided shown with it.
    expect(start(pack, true).queue).toHaveLength(5);
  });

  it("an edit of another fact than the one under review changes nothing", () => {
    const s0 = start();
    expect(run(s0, { type: "edit", fact: s0.queue[1]! })).toBe(s0);
  });
});
