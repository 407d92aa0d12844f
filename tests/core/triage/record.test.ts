import { describe, expect, it } from "vitest";
import { parsePack } from "../../../src/core/pack/parse.js";
import { withField } from "../../../src/core/triage/fields.js";
import { triageQueue } from "../../../src/core/triage/queue.js";
import { recordDecisions } from "../../../src/core/triage/record.js";
import type { Decision } from "../../../src/core/triage/session.js";
import { TRIAGE_PACK, triagePack } from "../../helpers/triage-pack.js";

const ref = (id: string) => triageQueue(triagePack()).find((r) => r.fact.id === id)!;

describe("writing decisions into a pack file", () => {
  it("changes only the decided facts' lines: comments, quoting and order stay", () => {
    const edited = withField(withField(ref("renvoi-roux"), "date", "2024-03-14"), "role", "DAF");
    const decisions = new Map<string, Decision>([
      ["renvoi-roux", { review: "edited", edited }],
      ["grevistes", { review: "rejected" }],
      ["citation-blanc", { review: "accepted" }],
    ]);
    const { text, missing } = recordDecisions(TRIAGE_PACK, decisions);
    expect(missing).toEqual([]);
    // Exactly these lines change; the new role sits with the fact's fields, before its sources,
    // and the review comes last.
    const expected = TRIAGE_PACK.replace(
      "    target: paul-roux\n    date: 2024-03-15\n    sources: [gazette]\n",
      "    target: paul-roux\n    date: 2024-03-14\n    role: DAF\n    sources: [gazette]\n",
    )
      .replace(
        "    confidence: 0.8\n    extracted: true\n",
        "    confidence: 0.8\n    extracted: true\n    review: edited\n",
      )
      .replace(
        "salariés ont cessé le travail.\n    confidence: 0.7\n    extracted: true\n",
        "salariés ont cessé le travail.\n    confidence: 0.7\n    extracted: true\n    review: rejected\n",
      )
      .replace(
        "    confidence: 0.85\n    extracted: true\n",
        "    confidence: 0.85\n    extracted: true\n    review: accepted\n",
      );
    expect(expected).not.toBe(TRIAGE_PACK);
    expect(text).toBe(expected);
    const { pack } = parsePack(text, "pack.yaml", "greve");
    expect(pack?.claims[0]?.review).toBe("rejected");
    expect(pack?.events[0]).toMatchObject({ date: "2024-03-14", role: "DAF", review: "edited" });
  });

  it("removes a field a correction emptied, and replaces a review already there", () => {
    const first = recordDecisions(
      TRIAGE_PACK,
      new Map([["embauche-blanc", { review: "accepted" }]]),
    );
    const noRole = withField(ref("embauche-blanc"), "role", undefined);
    const second = recordDecisions(
      first.text,
      new Map<string, Decision>([["embauche-blanc", { review: "edited", edited: noRole }]]),
    );
    expect(second.text).toBe(
      first.text
        .replace("    role: directrice financière\n", "")
        .replace(
          "0.7\n    extracted: true\n    review: accepted\n",
          "0.7\n    extracted: true\n    review: edited\n",
        ),
    );
    expect(second.text).toContain("    extracted: true\n    review: edited\n  - id: greve-acme");
  });

  it("quotes a value YAML would read as something else", () => {
    const edited = withField(ref("renvoi-roux"), "role", "yes: no");
    const { text } = recordDecisions(
      TRIAGE_PACK,
      new Map([["renvoi-roux", { review: "edited" as const, edited }]]),
    );
    expect(text).toContain('    role: "yes: no"\n');
    expect(parsePack(text, "pack.yaml", "greve").pack?.events[0]?.role).toBe("yes: no");
  });

  it("says which decided facts the file no longer holds", () => {
    const { text, missing } = recordDecisions(
      TRIAGE_PACK,
      new Map([["gone", { review: "accepted" as const }]]),
    );
    expect(missing).toEqual(["gone"]);
    expect(text).toBe(TRIAGE_PACK);
  });

  it("writes a fact in flow style through the YAML document, comments kept", () => {
    const flow = `# kept
title: T
language: fr
sources: [{ id: s, language: fr }]
events:
  - { id: e1, type: strike, sources: [s], evidence: Ils ont fait grève., extracted: true }
`;
    const { text } = recordDecisions(flow, new Map([["e1", { review: "accepted" as const }]]));
    expect(text.startsWith("# kept\n")).toBe(true);
    expect(parsePack(text, "pack.yaml", "t").pack?.events[0]?.review).toBe("accepted");
  });
});
