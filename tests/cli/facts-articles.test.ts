import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIRING, GREVE, GREVE_HTML } from "../helpers/articles.js";
import { runCommand } from "../helpers/run-command.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-articles-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("newsquiz facts on article files", () => {
  it("extracts a French text article as the facts JSON, with evidence and confidence", async () => {
    const cwd = folder({ "greve.txt": GREVE });
    const result = await runCommand(["facts", "greve.txt", "--json"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout);
    expect(facts.sources).toEqual([
      {
        id: "greve",
        title: "Grève chez Acme : la direction cède",
        published: "2024-03-15",
        language: "fr",
        file: "greve.txt",
      },
    ]);
    const dismissal = facts.events.find((e: { type: string }) => e.type === "dismissal");
    expect(dismissal).toMatchObject({
      actor: "acme",
      target: "paul-roux",
      date: "2024-03-15",
      sources: ["greve"],
      extracted: true,
    });
    expect(dismissal.evidence).toBe(
      "Vendredi, la société Acme a limogé Paul Roux, son directeur financier.",
    );
    expect(facts.claims.map((c: { value: number }) => c.value)).toEqual([300, 450]);
    expect(facts.quotes).toMatchObject([
      { speaker: "ines-blanc", text: "Nous ne céderons pas sur les salaires" },
    ]);
    // The reader comment below the article gives nothing.
    expect(result.stdout).not.toContain("5000");
  });

  it("reads HTML through Readability and Markdown with front matter, and prints a listing", async () => {
    const cwd = folder({ "greve.html": GREVE_HTML, "firing.md": FIRING });
    const html = JSON.parse((await runCommand(["facts", "greve.html", "--json"], { cwd })).stdout);
    expect(html.sources[0]).toMatchObject({
      outlet: "La Gazette",
      published: "2024-03-15",
      language: "fr",
    });
    expect(html.events[0]).toMatchObject({ type: "dismissal", target: "paul-roux" });
    const listing = await runCommand(["facts", "firing.md"], { cwd });
    expect(listing.code).toBe(0);
    expect(listing.stdout).toContain("Vega fired Paul Roux. [courier]");
  });

  it("takes --published and --lang, and refuses them on a pack", async () => {
    const cwd = folder({
      "greve.txt": GREVE.replace("Par Léa Martin, publié le 15 mars 2024\n", ""),
    });
    const facts = JSON.parse(
      (await runCommand(["facts", "greve.txt", "--json", "--published", "2024-03-20"], { cwd }))
        .stdout,
    );
    expect(facts.events.find((e: { type: string }) => e.type === "dismissal").date).toBe(
      "2024-03-15",
    );
    expect((await runCommand(["facts", "openai-2023-11", "--published", "2023-11-21"])).code).toBe(
      2,
    );
    expect(await runCommand(["facts", "greve.txt", "--published", "hier"], { cwd })).toMatchObject({
      code: 2,
      stderr: 'newsquiz: --published "hier": expected a date such as 2023-11-21\n',
    });
    expect((await runCommand(["facts", "greve.txt", "--lang", "de"], { cwd })).code).toBe(2);
  });

  it("says which file cannot be read, exit 1, and refuses a pack mixed with articles, exit 2", async () => {
    const cwd = folder({ "greve.txt": GREVE, "bin.txt": "a\u0000b" });
    expect((await runCommand(["facts", "greve.txt", "missing.txt"], { cwd })).code).toBe(2);
    expect(await runCommand(["facts", "bin.txt", "greve.txt"], { cwd })).toMatchObject({
      code: 1,
      stderr: "newsquiz: bin.txt: binary file; expected UTF-8 text\n",
    });
    expect((await runCommand(["facts", "greve.txt", "openai-2023-11"], { cwd })).code).toBe(2);
  });
});
