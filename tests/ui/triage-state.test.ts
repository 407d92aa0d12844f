import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { reviewsOf, triageQueue } from "../../src/core/triage/queue.js";
import { currentFact, startTriage } from "../../src/core/triage/session.js";
import {
  initialTriageState,
  pickerRows,
  type TriageScreenState,
  triageScreenReducer,
} from "../../src/ui/screens/triage/triage-state.js";
import { triageKeyAction } from "../../src/ui/screens/triage/use-triage-input.js";
import { triagePack } from "../helpers/triage-pack.js";

const pack = triagePack();

function initial(lang: "fr" | "en" = "en"): TriageScreenState {
  return initialTriageState(pack, lang, startTriage(triageQueue(pack), reviewsOf(pack)));
}

const key = (flags: Partial<Key> = {}) => flags as Key;
const ENTER = ["", key({ return: true })] as const;
const ESC = ["", key({ escape: true })] as const;
const DOWN = ["", key({ downArrow: true })] as const;
const ERASE = ["", key({ backspace: true })] as const;

/** Presses keys as the screen reads them: each key's action, then the reducer. */
function press(state: TriageScreenState, ...keys: (string | readonly [string, Key])[]) {
  let s = state;
  for (const k of keys) {
    const [input, flags] = typeof k === "string" ? [k, key()] : k;
    const action = triageKeyAction(s, input, flags);
    if (action === "leave" || action === undefined) throw new Error(`no action for ${input}`);
    s = triageScreenReducer(s, action);
  }
  return s;
}

const decisions = (s: TriageScreenState) =>
  [...s.session.decisions].map(([id, d]) => {
    const f = d.edited?.fact as { actor?: string; target?: string; date?: string } | undefined;
    return `${id} ${d.review}${f ? ` ${f.actor ?? "-"} ${f.target ?? "-"} ${f.date ?? "-"}` : ""}`;
  });

describe("the review screen's reducer", () => {
  it("a x s u act on the fact under review, and the notice says what was done", () => {
    const s = press(initial(), "a", "x", "s");
    expect(decisions(s)).toEqual(["renvoi-roux accepted", "embauche-blanc rejected"]);
    expect(s.notice?.key).toBe("triage.now.skipped");
    const undone = press(s, "u", "u");
    expect(decisions(undone)).toEqual(["renvoi-roux accepted"]);
    expect(undone.notice).toMatchObject({ key: "triage.now.undone" });
    expect(currentFact(undone.session)?.fact.id).toBe("embauche-blanc");
  });

  it("e, then an entity picked by typing part of its name, then save: an edited fact", () => {
    let s = press(initial(), "e", ENTER, "b", "l", "n", "c");
    const editor = s.edit?.editor;
    expect(editor?.type === "pick" && pickerRows(s, editor)[0]?.name).toBe("Inès Blanc");
    s = press(s, ENTER);
    // The field is set and the cursor waits on the save row.
    expect(s.edit?.cursor).toBe(4);
    s = press(s, ENTER);
    expect(s.edit).toBeUndefined();
    expect(decisions(s)).toEqual(["renvoi-roux edited ines-blanc paul-roux 2024-03-15"]);
    expect(s.notice?.key).toBe("triage.now.edited");
  });

  it("a date typed in words; one that is no date is refused with why, and can be retyped", () => {
    let s = press(initial("fr"), "e", DOWN, DOWN, ENTER, ..."jeudi", ENTER);
    expect(s.edit?.problem?.key).toBe("triage.problem.date");
    expect(s.edit?.editor).toMatchObject({ type: "text", text: "jeudi" });
    s = press(s, ...Array(5).fill(ERASE), ..."14 mars 2024", ENTER, ENTER);
    expect(decisions(s)).toEqual(["renvoi-roux edited acme paul-roux 2024-03-14"]);
  });

  it("in a field, q and the command letters are typed; Esc closes the field, then the edit", () => {
    let s = press(initial(), "e", DOWN, DOWN, DOWN, ENTER, ..."q a x");
    expect(s.edit?.editor).toMatchObject({ type: "text", text: "q a x" });
    s = press(s, ESC);
    expect(s.edit?.editor).toBeUndefined();
    s = press(s, ESC);
    expect(s.edit).toBeUndefined();
    expect(decisions(s)).toEqual([]);
  });

  it("an optional entity can be emptied from its picker; nothing changed is not an edit", () => {
    let s = press(initial(), "e", DOWN, ENTER);
    const editor = s.edit?.editor;
    expect(editor?.type === "pick" && pickerRows(s, editor)[0]).toBeNull();
    s = press(s, ENTER, ENTER);
    expect(decisions(s)).toEqual(["renvoi-roux edited acme - 2024-03-15"]);
    const unchanged = press(initial(), "e", ...Array(4).fill(DOWN), ENTER);
    expect(unchanged.edit?.problem?.key).toBe("triage.edit.unchanged");
  });

  it("? opens the help and any key closes it; q and Ctrl-C leave", () => {
    const help = press(initial(), "?");
    expect(help.help).toBe(true);
    expect(press(help, "a").help).toBe(false);
    expect(press(help, "a").session.decisions.size).toBe(0);
    expect(triageKeyAction(initial(), "q", key())).toBe("leave");
    expect(triageKeyAction(initial(), "", key({ escape: true }))).toBe("leave");
    expect(triageKeyAction(initial(), "c", key({ ctrl: true }))).toBe("leave");
  });
});
