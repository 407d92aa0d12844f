import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/context.js";
import { UsageError, UserError } from "../../src/errors.js";
import { reportError } from "../../src/report-error.js";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// Errors are said in the interface's language, here French from the environment; the English
// ones are the same messages, checked where each command is tested.
const french = () => ({ env: { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() } });

describe("errors in French", () => {
  it("names a folder with no pack in it", async () => {
    const cwd = tempHome();
    mkdirSync(join(cwd, "vide"));
    expect(await runCommand(["facts", "vide"], { ...french(), cwd })).toEqual({
      code: 1,
      stdout: "",
      stderr: "newsquiz: vide : pas de pack.yaml dans ce dossier\n",
    });
  });

  it("names an unknown pack id, with the ids there are", async () => {
    expect(await runCommand(["facts", "nulle-part"], french())).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "newsquiz: aucun paquet ne s'appelle « nulle-part » ; attendu l'id d'un paquet (openai-2023-11) ou le chemin d'un pack.yaml\n",
    });
  });

  it("says at its line why a GIFT question is left out", async () => {
    const cwd = tempHome();
    writeFileSync(
      join(cwd, "quiz.gift"),
      "Bonne question ?{=oui ~non}\n\n::Titre sans fin\nQuelle couleur ?{=bleu ~rouge}\n\nLe poids ?{=%120%oui ~non}\n",
    );
    const result = await runCommand(["import", "quiz.gift", "--strict"], { ...french(), cwd });
    expect([result.code, result.stderr]).toEqual([
      1,
      "quiz.gift:3: le titre ouvert par :: n'est pas fermé ; attendu ::titre:: avant la question\n" +
        "quiz.gift:6: le poids 120 % sort des limites ; attendu de -100 % à 100 %\n" +
        "newsquiz: rien n'a été importé : 2 questions mal formées et --strict\n",
    ]);
  });

  it("refuses a usage mistake with exit 2", async () => {
    expect(await runCommand(["review", "--cram", "a", "--missed", "b"], french())).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: --cram et --missed ne vont pas ensemble ; choisissez l'un des deux\n",
    });
    expect((await runCommand(["config", "certainty", "peut-être"], french())).stderr).toBe(
      "newsquiz: certainty : « peut-être » n'est ni on ni off ; attendu on ou off\n",
    );
  });

  it("says what an option takes when given something else", async () => {
    expect(await runCommand(["export", "openai-2023-11", "--seed", "x"], french())).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "newsquiz: l'option « --seed <n> » n'accepte pas « x » : un nombre entier à partir de 0 était attendu\n",
    });
  });

  it("names the formats import reads in French when a file is in none of them", async () => {
    const cwd = tempHome();
    writeFileSync(join(cwd, "notes.csv"), "ville,pays\nBorda,Nord\n");
    expect((await runCommand(["import", "notes.csv"], { ...french(), cwd })).stderr).toBe(
      "newsquiz: notes.csv : ce n'est pas un fichier de questions que newsquiz lit : on dirait du texte séparé par des virgules (CSV) ; attendu GIFT, Moodle XML, Aiken, texte Anki, JSON de newsquiz (--format gift|xml|aiken|anki|json le lit comme tel)\n",
    );
  });

  it("says in French, with the reason, that progress cannot be read", async () => {
    const notAFolder = join(tempHome(), "fichier");
    writeFileSync(notAFolder, "");
    const result = await runCommand(["stats", "--json"], {
      env: { LANGUAGE: "fr", NEWSQUIZ_HOME: notAFolder },
    });
    expect([result.code, result.stderr]).toEqual([
      0,
      `newsquiz: impossible de lire la progression dans ${join(notAFolder, "progress")} (une partie du chemin n'est pas un dossier, ENOTDIR) ; on continue sans elle\n`,
    ]);
  });

  it("says what keeps a file from being read", async () => {
    const cwd = tempHome();
    writeFileSync(join(cwd, "binaire.txt"), Buffer.from([0x41, 0, 0x42]));
    expect((await runCommand(["facts", "binaire.txt"], { ...french(), cwd })).stderr).toBe(
      "newsquiz: binaire.txt : fichier binaire ; attendu du texte UTF-8\n",
    );
  });
});

describe("reportError", () => {
  const report = (error: unknown, lang?: "fr" | "en") => {
    let stderr = "";
    const ctx = {
      env: {},
      lang,
      stderr: { write: (s: string) => (stderr += s) },
    } as unknown as CommandContext;
    return { code: reportError(error, ctx), stderr };
  };

  it("says an error's message in the interface's language, English when none is known", async () => {
    const error = new UserError("error.no-pack-file", { ref: "vide", file: "pack.yaml" });
    expect(error.message).toBe("vide: no pack.yaml in this folder");
    expect(report(error, "fr")).toEqual({
      code: 1,
      stderr: "newsquiz: vide : pas de pack.yaml dans ce dossier\n",
    });
    expect(report(error)).toEqual({
      code: 1,
      stderr: "newsquiz: vide: no pack.yaml in this folder\n",
    });
    const usage = new UsageError("error.export.format", { formats: "gift, xml", last: "json" });
    expect(report(usage, "fr")).toEqual({
      code: 2,
      stderr: "newsquiz: quel format ? attendu --format gift, xml ou json\n",
    });
  });

  it("says an unexpected error in French too, and how to see where it happened", async () => {
    expect(report(new Error("boom"), "fr")).toEqual({
      code: 1,
      stderr:
        "newsquiz: erreur inattendue : boom\nnewsquiz: relancez avec DEBUG=newsquiz pour voir où elle s'est produite\n",
    });
  });
});
