import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runNew } from "../../src/commands/new/run.js";
import { newContext, newProject } from "../helpers/new-session.js";
import { runCommand } from "../helpers/run-command.js";
import { scriptPrompter } from "../helpers/script-prompter.js";

const FRENCH = { LANGUAGE: "fr" };

// biome-ignore format: one line per item added, as a person would type them
const NEW_PACK = [
  "Grève Acme", "greve-acme", "Grève chez Acme", "<", "Grève chez Acme", "fr", "",
  "sources", "La Gazette", "", "30 février 2024", "15 mars 2024", "fr", "", "",
  "sources", "Le Courrier", "", "", "en", "", "",
  "claims", "le nombre de grévistes", "300", "more-than", "salariés", "", "la-gazette le-courrier", "",
  "questions", "truefalse", "Vrai ?", "<", "", "true", "", "", "",
  "save", "save",
];

/** Runs `new` on the script in a fresh project, with `env`; the transcript, output and pack. */
async function writeNewPack(env: Record<string, string>) {
  const dir = newProject();
  const ctx = newContext(dir, env);
  const { prompter, transcript, left } = scriptPrompter(NEW_PACK);
  expect(await runNew({}, ctx, prompter)).toBe(0);
  expect(left()).toEqual([]);
  const pack = readFileSync(join(dir, "questions", "greve-acme", "pack.yaml"), "utf8");
  return { dir, transcript, out: ctx.out(), pack };
}

describe("newsquiz new under a French interface", () => {
  it("asks, refuses, counts and goes back in French", async () => {
    const { transcript, out } = await writeNewPack(FRENCH);
    expect(transcript.slice(0, 9)).toEqual([
      "? Id du paquet (mots en minuscules reliés par des tirets) Grève Acme",
      "  ! « Grève Acme » : attendu un id de lettres minuscules, chiffres et tirets, comme sam-altman",
      "? Id du paquet (mots en minuscules reliés par des tirets) greve-acme",
      "? Titre Grève chez Acme",
      "? Langue du paquet ‹ retour",
      "? Titre Grève chez Acme",
      "? Langue du paquet français",
      "? Description (facultative) ",
      "? Ajouter une source (article, page)",
    ]);
    expect(transcript).toContain("? Média (journal, site) La Gazette");
    expect(transcript).toContain(
      "? Unité : ce que le nombre compte (« salariés », facultative) salariés",
    );
    expect(transcript).toContain("? Sources qui l'affirment la-gazette, le-courrier");
    expect(transcript).toContain("? L'affirmation est ‹ retour");
    expect(transcript).toContain("? L'affirmation est vraie");
    expect(transcript).toContain("? Précision plus de");
    expect(transcript.filter((line) => line.startsWith("  !"))).toEqual([
      "  ! « Grève Acme » : attendu un id de lettres minuscules, chiffres et tirets, comme sam-altman",
      "  ! « 30 février 2024 » n'est pas une date ; attendu 2024-03-15 ou 15 mars 2024",
    ]);
    const shown = transcript.indexOf("? Ajouter plus rien : tout revoir, puis enregistrer");
    expect(transcript.slice(shown + 1)).toEqual([
      "Paquet greve-acme : Grève chez Acme (fr)",
      "2 sources :",
      "  la-gazette · La Gazette · 2024-03-15",
      "  le-courrier · Le Courrier",
      "1 chiffre :",
      "  le-nombre-de-grevistes · le nombre de grévistes · 300 salariés",
      "1 question :",
      "  vrai · truefalse · Vrai ?",
      "? Enregistrer ? enregistrer",
    ]);
    expect(out).toBe(
      "questions/greve-acme/pack.yaml enregistré (2 sources, 1 chiffre, 1 question)\n",
    );
  });

  it("writes the same pack, byte for byte, as under an English interface", async () => {
    const french = await writeNewPack(FRENCH);
    const english = await writeNewPack({ LANGUAGE: "en" });
    expect(english.transcript).toContain("? Language of the pack ‹ back");
    expect(french.pack).toBe(english.pack);
    // The pack's language is the pack's own: French here, whatever the interface says.
    expect(french.pack).toContain("\nlanguage: fr\n");
    expect((await runCommand(["lint", "greve-acme"], { cwd: french.dir })).code).toBe(0);
  });

  it("keeps a draft, refuses a figure as lint would, and counts one of each, in French", async () => {
    const dir = newProject();
    // biome-ignore format: one line per item
    const first = scriptPrompter([
      "brouillon", "Un brouillon", "fr", "",
      "sources", "La Gazette", "", "", "fr", "", "",
      "quotes",
      "entities", "Acme", "^C",
    ]);
    const ctx = newContext(dir, FRENCH);
    expect(await runNew({}, ctx, first.prompter)).toBe(130);
    expect(first.transcript).toContain(
      "✗ Il faut ici une personne ou une organisation du paquet : ajoutez-la d'abord.",
    );
    expect(ctx.out()).toBe(
      "newsquiz: arrêté ; rien n'a été enregistré dans un paquet, et ce que vous avez écrit est gardé comme brouillon : « newsquiz new » le reprend\n",
    );
    // biome-ignore format: one line per item
    const second = scriptPrompter([
      "resume",
      "entities", "Acme", "organisation", "", "f", "", "",
      "events", "strike", "acme", "", "", "2024-02-30", "2024-02", "la-gazette", "",
      "claims", "le nombre de grévistes", "500", "exactly", "salariés", "450", "la-gazette", "",
      "le nombre de grévistes", "300", "exactly", "salariés", "450", "la-gazette", "",
      "save", "save",
    ]);
    const again = newContext(dir, FRENCH);
    expect(await runNew({}, again, second.prompter)).toBe(0);
    expect(second.transcript[0]).toMatch(
      /^\? Un brouillon attend \(brouillon, 1 élément, gardé le \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\) le reprendre$/,
    );
    expect(second.transcript.filter((line) => line.startsWith("  !"))).toEqual([
      "  ! « 2024-02-30 » : cette date n'existe pas ; attendu une vraie date",
    ]);
    // A figure whose total is smaller than its value is refused as lint would, then asked again.
    const refused = second.transcript.findIndex((line) => line.startsWith("✗"));
    expect(second.transcript.slice(refused, refused + 3)).toEqual([
      "✗ total : 450 est plus petit que la valeur 500 ; attendu un total au moins aussi grand que la valeur",
      "Recommençons.",
      "? Ce qui est compté (« le nombre d'employés ») le nombre de grévistes",
    ]);
    expect(second.transcript).toContain("1 source :");
    // Kinds and events are named in French; the file keeps the pack's words (strike, organisation).
    expect(second.transcript).toContain("? Ce qui s'est passé grève");
    expect(second.transcript).toContain("  strike-acme · grève · par acme · 2024-02");
    expect(again.out()).toBe(
      "questions/brouillon/pack.yaml enregistré (1 source, 1 personne ou organisation, 1 événement, 1 chiffre)\n",
    );
  });

  it("refuses to run without a terminal, in French", async () => {
    const result = await runCommand(["new"], { cwd: newProject(), env: FRENCH });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: "newsquiz: newsquiz new pose des questions ; attendu un terminal\n",
    });
  });
});
