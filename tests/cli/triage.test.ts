import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCommand } from "../helpers/run-command.js";
import { TRIAGE_ARTICLE, TRIAGE_PACK, triageProject } from "../helpers/triage-pack.js";

describe("newsquiz triage in line mode", () => {
  it("asks one fact at a time and writes each decision into the pack", async () => {
    const { cwd, file } = triageProject();
    const result = await runCommand(["triage", "greve", "--lang", "en"], {
      cwd,
      input: "a\nx\ne\n\n\nMarch 13, 2024\n\nu\ns\nz\na\nq\n",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      "Grève chez Acme · 5 facts to review",
      "",
      "0 / 5 reviewed · 0 accepted · 0 rejected",
      "Fact 1 of 5 to review · Event",
      "On Friday, March 15, 2024, Acme fired Paul Roux.",
      "Read in: [Vendredi], la société [Acme] a limogé [Paul Roux], son directeur financier.",
      "Source: La Gazette · Date: Friday, March 15, 2024 · Confidence: 80%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: a",
      "✓ Accepted: On Friday, March 15, 2024, Acme fired Paul Roux.",
      "",
      "1 / 5 reviewed · 1 accepted · 0 rejected",
      "Fact 2 of 5 to review · Event",
      "On Monday, March 11, 2024, Acme hired Inès Blanc as “directrice financière”.",
      "Read in: [Lundi], [Acme] a embauché [Inès Blanc] comme [directrice financière].",
      "Source: La Gazette · Date: Monday, March 11, 2024 · Confidence: 70%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: x",
      "✗ Rejected: On Monday, March 11, 2024, Acme hired Inès Blanc as “directrice financière”.",
      "",
      "2 / 5 reviewed · 1 accepted · 1 rejected",
      "Fact 3 of 5 to review · Event",
      "On Thursday, March 14, 2024, les salariés d'Acme went on strike at Acme.",
      "Read in: [Jeudi], [les salariés d'Acme] se sont mis en grève.",
      "Source: La Gazette · Date: Thursday, March 14, 2024 · Confidence: 50%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: e",
      "Who acted [les salariés d'Acme] (Enter keeps, - empties): ",
      "To whom [Acme] (Enter keeps, - empties): ",
      "Date [March 14, 2024] (Enter keeps, - empties): March 13, 2024",
      "Role [—] (Enter keeps, - empties): ",
      "✎ Edited and accepted: On Wednesday, March 13, 2024, les salariés d'Acme went on strike at Acme.",
      "",
      "3 / 5 reviewed · 1 accepted · 1 rejected · 1 edited",
      "Fact 4 of 5 to review · Figure",
      "“le nombre de grévistes” is more than 300 of 450 salariés.",
      "Read in: Plus de [300] des [450] salariés ont cessé le travail.",
      "Source: La Gazette · Date: none · Confidence: 70%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: u",
      "↶ Undone: On Thursday, March 14, 2024, les salariés d'Acme went on strike at Acme.",
      "",
      "2 / 5 reviewed · 1 accepted · 1 rejected",
      "Fact 3 of 5 to review · Event",
      "On Thursday, March 14, 2024, les salariés d'Acme went on strike at Acme.",
      "Read in: [Jeudi], [les salariés d'Acme] se sont mis en grève.",
      "Source: La Gazette · Date: Thursday, March 14, 2024 · Confidence: 50%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: s",
      "→ Skipped: On Thursday, March 14, 2024, les salariés d'Acme went on strike at Acme.",
      "",
      "2 / 5 reviewed · 1 accepted · 1 rejected",
      "Fact 4 of 5 to review · Figure",
      "“le nombre de grévistes” is more than 300 of 450 salariés.",
      "Read in: Plus de [300] des [450] salariés ont cessé le travail.",
      "Source: La Gazette · Date: none · Confidence: 70%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: z",
      '"z": expected a, x, e, u, s, ? or q',
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: a",
      "✓ Accepted: “le nombre de grévistes” is more than 300 of 450 salariés.",
      "",
      "3 / 5 reviewed · 2 accepted · 1 rejected",
      "Fact 5 of 5 to review · Quote",
      "Inès Blanc said “Nous ne céderons pas sur les salaires” on Friday, March 15, 2024.",
      "Read in: « [Nous ne céderons pas sur les salaires] », a déclaré [Inès Blanc].",
      "Source: La Gazette · Date: Friday, March 15, 2024 · Confidence: 85%",
      "a accept · x reject · e edit · u undo · s skip · ? help · q leave: q",
      "Decisions saved in questions/greve/pack.yaml. 3 / 5 reviewed · 2 accepted · 1 rejected",
      "",
    ]);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("# Facts read by `newsquiz add`")).toBe(true);
    expect(text).toContain("# A comment the review must keep.");
    expect(text).toContain(
      "son directeur financier.\n    confidence: 0.8\n    extracted: true\n    review: accepted\n",
    );
    expect(text).toContain(
      "comme directrice financière.\n    confidence: 0.7\n    extracted: true\n    review: rejected\n",
    );
    // The undone edit left nothing: the strike is as it was, still to review.
    expect(text).toContain("    date: 2024-03-14\n    sources: [gazette]\n    evidence: Jeudi");
    expect(text).toContain("mis en grève.\n    confidence: 0.5\n    extracted: true\nclaims:");
    expect((await runCommand(["lint", "greve"], { cwd })).stdout).toBe(
      "questions/greve/pack.yaml: ok (3 events, 1 claims, 1 quotes, 0 questions); 2 facts await review (newsquiz triage questions/greve)\n",
    );
  });

  it("leaving and coming back keeps the decisions, and goes on where it was", async () => {
    const { cwd } = triageProject();
    await runCommand(["triage", "greve"], { cwd, input: "a\nx\n" });
    const again = await runCommand(["triage", "greve"], { cwd, input: "" });
    expect(again.stdout.split("\n").slice(0, 4)).toEqual([
      "Grève chez Acme · 3 faits à revoir",
      "",
      "2 / 5 examinés · 1 accepté · 1 rejeté",
      "Fait 1 sur 3 à revoir · Événement",
    ]);
    expect(again.stdout).toContain(
      "Le jeudi 14 mars 2024, les salariés d'Acme se sont mis en grève",
    );
    // Nothing decided this time: the file is not written, nothing is said of saving.
    expect(again.stdout).not.toContain("Décisions enregistrées");
  });

  it("says so when nothing awaits review, and --all goes over every fact again", async () => {
    const { cwd, file } = triageProject();
    await runCommand(["triage", "greve"], { cwd, input: "a\na\nx\na\na\n" });
    const none = await runCommand(["triage", "greve", "--lang", "en"], { cwd, input: "" });
    expect(none.stdout).toBe(
      "No extracted fact of this pack awaits review. 5 / 5 reviewed · 4 accepted · 1 rejected (--all goes over them again)\n",
    );
    const all = await runCommand(["triage", "greve", "--all", "--lang", "en"], {
      cwd,
      input: "a\n",
    });
    expect(all.stdout.split("\n").slice(2, 7)).toEqual([
      "5 / 5 reviewed · 4 accepted · 1 rejected",
      "Fact 1 of 5 to review · Event",
      "On Friday, March 15, 2024, Acme fired Paul Roux.",
      "Read in: [Vendredi], la société [Acme] a limogé [Paul Roux], son directeur financier.",
      "Source: La Gazette · Date: Friday, March 15, 2024 · Confidence: 80% · ✓ accepted",
    ]);
    const text = readFileSync(file, "utf8");
    expect(text.match(/review: rejected/g)).toHaveLength(1);
    expect(text).toContain(
      "mis en grève.\n    confidence: 0.5\n    extracted: true\n    review: rejected\n",
    );
  });

  it("refuses an edit lint would refuse, and an entity the pack does not have", async () => {
    const { cwd, file } = triageProject();
    const result = await runCommand(["triage", "greve", "--lang", "en"], {
      cwd,
      input: "s\ns\ns\ne\n\n200\n\nzorglub\ne\n\n\n\nq\n",
    });
    expect(result.stdout).toContain(
      "Out of [450] (Enter keeps, - empties): 200\nDate [—] (Enter keeps, - empties): \nthe total (200) is smaller than the value (300)\n",
    );
    expect(result.stdout).toContain('"zorglub": expected a, x, e, u, s, ? or q');
    expect(result.stdout).toContain("Nothing changed.");
    expect(readFileSync(file, "utf8")).toBe(TRIAGE_PACK);
    const speaker = await runCommand(["triage", "greve", "--lang", "en"], {
      cwd,
      input: "s\ns\ns\ns\ne\nzorglub\nblnc\n\nq\n",
    });
    expect(speaker.stdout).toContain(
      'Who said it [Inès Blanc] (Enter keeps, - empties): zorglub\nno entity is called "zorglub"; expected one of: Acme, Paul Roux, Inès Blanc, les salariés d\'Acme\nWho said it [Inès Blanc] (Enter keeps, - empties): blnc\n→ Inès Blanc\n',
    );
  });

  it("refuses a built-in pack, whose facts are not extracted", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-triage-"));
    const result = await runCommand(["triage", "openai-2023-11"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'newsquiz: "openai-2023-11" is a built-in pack and is not changed; its facts were written by the newsquiz team\n',
    );
  });
});

describe("reviewed facts in the rest of newsquiz", () => {
  it("add writes packs that keep unreviewed facts out, and says how many await review", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-triage-"));
    mkdirSync(join(cwd, "questions"));
    writeFileSync(join(cwd, "greve.txt"), TRIAGE_ARTICLE);
    const added = await runCommand(["add", "greve.txt", "--pack", "acme"], { cwd });
    expect(added.code).toBe(0);
    const text = readFileSync(join(cwd, "questions", "acme", "pack.yaml"), "utf8");
    expect(text).toContain("\nunreviewed: skip\n");
    const extracted = text.match(/^ +extracted: true$/gm)?.length ?? 0;
    expect(extracted).toBeGreaterThan(0);
    expect(added.stdout.split("\n")[1]).toBe(`${extracted} facts to review: newsquiz triage acme`);
    // Nothing reviewed, nothing asked; once accepted, asked.
    const none = await runCommand(["questions", "acme", "--json"], { cwd });
    expect(JSON.parse(none.stdout).questions).toEqual([]);
    await runCommand(["triage", "acme"], { cwd, input: `${"a\n".repeat(extracted)}` });
    const some = await runCommand(["questions", "acme", "--json"], { cwd });
    expect(JSON.parse(some.stdout).questions.length).toBeGreaterThan(0);
    expect((await runCommand(["lint", "acme"], { cwd })).stdout).toMatch(/questions\)\n$/);
  });

  it("play says which questions come from unreviewed facts, when the pack lets them in", async () => {
    const { cwd } = triageProject(TRIAGE_PACK.replace("unreviewed: skip", "unreviewed: ask"));
    const result = await runCommand(
      ["play", "greve", "--seed", "1", "--count", "1", "--lang", "en"],
      {
        cwd,
        input: "\n",
      },
    );
    expect(result.stdout).toContain("Question 1/1 · from unreviewed facts\n");
    const json = await runCommand(["questions", "greve", "--json"], { cwd });
    const questions = JSON.parse(json.stdout).questions as { id: string; unreviewed?: true }[];
    expect(questions.filter((q) => q.unreviewed).map((q) => q.id)).toEqual(
      questions.map((q) => q.id),
    );
    expect(questions.length).toBeGreaterThan(0);
    const skip = triageProject();
    await runCommand(["triage", "greve"], { cwd: skip.cwd, input: "a\n" });
    const played = await runCommand(
      ["play", "greve", "--seed", "1", "--count", "1", "--lang", "en"],
      {
        cwd: skip.cwd,
        input: "\n",
      },
    );
    expect(played.stdout).toContain("Question 1/1\nOn what day did Acme fire Paul Roux?\n");
  });

  it("export --format json carries every decision, with the facts' evidence", async () => {
    const { cwd } = triageProject();
    await runCommand(["triage", "greve"], { cwd, input: "a\nx\n" });
    const result = await runCommand(["export", "greve", "--format", "json"], { cwd });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      questions: unknown[];
      facts: {
        sources: { id: string }[];
        entities: { id: string }[];
        events: { id: string; review: string; evidence: string }[];
      };
    };
    expect(json.questions).toEqual([]);
    expect(json.facts.events.map((e) => `${e.id} ${e.review}`)).toEqual([
      "renvoi-roux accepted",
      "embauche-blanc rejected",
    ]);
    expect(json.facts.events[1]!.evidence).toBe(
      "Lundi, Acme a embauché Inès Blanc comme directrice financière.",
    );
    expect(json.facts.sources.map((s) => s.id)).toEqual(["gazette"]);
    expect(json.facts.entities.map((e) => e.id)).toEqual(["acme", "paul-roux", "ines-blanc"]);
  });
});
