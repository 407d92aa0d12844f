import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { reviewsOf, triageQueue } from "../../src/core/triage/queue.js";
import { startTriage, type TriageSession } from "../../src/core/triage/session.js";
import { TriageScreen } from "../../src/ui/screens/triage/triage-screen.js";
import { themeFor } from "../../src/ui/theme.js";
import { UiProvider } from "../../src/ui/ui-context.js";
import { KeyRouted } from "../../src/ui/use-keys.js";
import { frame, KEY, press } from "../helpers/ink.js";
import { triagePack } from "../helpers/triage-pack.js";

function renderReview(lang: "fr" | "en", columns: number, rows = 24) {
  const pack = triagePack();
  const seen: TriageSession[] = [];
  let left = 0;
  const app = render(
    <UiProvider value={{ lang, theme: themeFor({ NO_COLOR: "1" }) }}>
      <KeyRouted>
        <TriageScreen
          pack={pack}
          lang={lang}
          session={startTriage(triageQueue(pack), reviewsOf(pack))}
          size={{ columns, rows }}
          onSession={(s) => seen.push(s)}
          leave={() => {
            left++;
          }}
        />
      </KeyRouted>
    </UiProvider>,
  );
  return { app, seen, left: () => left };
}

describe("the review screen", () => {
  it("fits 40 columns in French: the fact, its evidence, its details, the keys", async () => {
    const { app } = renderReview("fr", 40);
    const rows = frame(app).split("\n");
    expect(rows.every((r) => [...r].length <= 40)).toBe(true);
    expect(rows.slice(0, 17)).toEqual([
      "newsquiz · Revue des faits · Grève chez…",
      "0 / 5 examinés · 0 accepté · 0 rejeté",
      "───────────────────────────────────────",
      "Fait 1 sur 5 à revoir · Événement",
      "Le vendredi 15 mars 2024, Acme a évincé",
      "Paul Roux.",
      "",
      "Lu dans :",
      "  Vendredi, la société Acme a limogé",
      "  Paul Roux, son directeur financier.",
      "",
      "Source : La Gazette",
      "Date : vendredi 15 mars 2024",
      "Confiance : 80\u00a0%",
      "───────────────────────────────────────",
      "a accepter · x rejeter · e corriger · u",
      "annuler · s passer · ? aide · q",
    ]);
    app.unmount();
  });

  it("says each decision and its count as keys are pressed, and q leaves", async () => {
    const { app, seen, left } = renderReview("en", 80);
    await press(app, "a");
    expect(frame(app)).toContain("1 / 5 reviewed · 1 accepted · 0 rejected");
    expect(frame(app)).toContain("✓ Accepted: On Friday, March 15, 2024, Acme fired Paul Roux.");
    expect(frame(app)).toContain("Fact 2 of 5 to review · Event");
    await press(app, "x");
    expect(frame(app)).toContain("2 / 5 reviewed · 1 accepted · 1 rejected");
    await press(app, "u");
    expect(frame(app)).toContain("↶ Undone: On Monday, March 11, 2024, Acme hired Inès Blanc");
    expect(frame(app)).toContain("1 / 5 reviewed · 1 accepted · 0 rejected");
    expect([...seen[seen.length - 1]!.decisions.keys()]).toEqual(["renvoi-roux"]);
    await press(app, "q");
    expect(left()).toBe(1);
    app.unmount();
  });

  it("edits a date in the form, the sentence read again as corrected", async () => {
    const { app, seen } = renderReview("en", 80);
    await press(app, "e", KEY.down, KEY.down, KEY.enter, ..."March 14, 2024", KEY.enter);
    expect(frame(app)).toContain("On Thursday, March 14, 2024, Acme fired Paul Roux.");
    expect(frame(app)).toContain("› ✓ Save the correction");
    await press(app, KEY.enter);
    expect(frame(app)).toContain("1 / 5 reviewed · 0 accepted · 0 rejected · 1 edited");
    const decision = seen[seen.length - 1]!.decisions.get("renvoi-roux");
    expect(decision?.review).toBe("edited");
    expect(decision?.edited?.fact.date).toBe("2024-03-14");
    app.unmount();
  });

  it("scrolls a fact taller than the screen, and stops at its last row", async () => {
    const { app } = renderReview("fr", 40, 14);
    const frames = [frame(app)];
    for (let i = 0; i < 12; i++) {
      await press(app, "j");
      frames.push(frame(app));
    }
    const last = frames.findIndex((f, i) => i > 0 && f === frames[i - 1]) - 1;
    expect(last).toBeGreaterThan(0);
    expect(frames[last]).toContain("Confiance : 80\u00a0%");
    expect(frames[0]).not.toContain("Confiance");
    // One k after pressing j past the end moves one row up at once.
    await press(app, "k");
    expect(frame(app)).toBe(frames[last - 1]);
    app.unmount();
  });

  it("? lists the review's keys, from the key table", async () => {
    const { app } = renderReview("en", 80);
    await press(app, "?");
    const rows = frame(app).split("\n");
    expect(rows.slice(3, 13)).toEqual([
      "Review keys",
      "",
      "a       accept the fact",
      "x       reject the fact (kept, never used)",
      "e       edit the fact",
      "u       undo the last decision",
      "s       skip this fact (it stays to review)",
      "↑ k ↓ j scroll",
      "?       this help",
      "q Esc   save the decisions and leave",
    ]);
    await press(app, "x");
    expect(frame(app)).toContain("Fact 1 of 5 to review");
    expect(frame(app)).toContain("0 / 5 reviewed");
    app.unmount();
  });
});
