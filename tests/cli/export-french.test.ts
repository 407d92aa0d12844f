import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

// What a format cannot keep is said in the interface's language, as `newsquiz export` prints it
// (the English notes are checked where each writer is tested).
const PACK = `id: ville
title: Ville
language: fr
questions:
  - id: capitale
    type: single
    title: Géographie
    prompt: Quelle ville est la capitale de la province ?
    explanation: Elle est au bord du fleuve.
    choices:
      - { text: Borda, correct: true }
      - { text: Celin }
  - id: distance
    type: numeric
    prompt: Combien de kilomètres séparent les deux villes ?
    answers: [{ min: 10, max: 30 }]
  - id: pont
    type: cloze
    prompt: "Le pont {#1} enjambe le fleuve."
    blanks:
      - type: short
        answers: [Vieux]
        caseSensitive: true
  - id: recit
    type: essay
    prompt: Racontez une promenade sur les quais.
  - id: souvenir
    type: essay
    prompt: Racontez votre premier jour en ville.
`;

/** A project whose questions/ holds the pack above, and French as the interface's language. */
function french() {
  const cwd = mkdtempSync(join(tmpdir(), "newsquiz-project-"));
  mkdirSync(join(cwd, "questions", "ville"), { recursive: true });
  writeFileSync(join(cwd, "questions", "ville", "pack.yaml"), PACK);
  return { cwd, env: { LANGUAGE: "fr", NEWSQUIZ_HOME: tempHome() } };
}

const notes = async (format: string) =>
  (await runCommand(["export", "ville", "--format", format], french())).stderr;

describe("newsquiz export in French", () => {
  it("says in French what Aiken leaves out and which questions it skips", async () => {
    expect(await notes("aiken")).toBe(
      [
        "newsquiz: capitale: laissé de côté : le titre, l'explication (Aiken n'a pas de place pour eux)",
        "newsquiz: distance: ignorée : Aiken ne contient que des questions à choix unique, pas numeric",
        "newsquiz: pont: ignorée : Aiken ne contient que des questions à choix unique, pas cloze",
        "newsquiz: 2 questions (recit, souvenir): ignorée : Aiken ne contient que des questions à choix unique, pas essay",
        "",
      ].join("\n"),
    );
  });

  it("says in French what GIFT, Moodle XML and Anki cannot hold", async () => {
    expect(await notes("gift")).toBe(
      [
        "newsquiz: pont: l'import GIFT de Moodle lit un seul trou par question : utilisez Moodle XML pour Moodle",
        "newsquiz: pont: une question à un seul trou est écrite comme une question à mot manquant",
        "newsquiz: pont: la distinction des majuscules n'est pas écrite (GIFT n'a pas de place pour elle)",
        "",
      ].join("\n"),
    );
    expect(await notes("xml")).toBe(
      [
        "newsquiz: distance: un intervalle min..max est écrit comme son milieu ± sa demi-largeur (Moodle n'a pas d'intervalles)",
        "",
      ].join("\n"),
    );
    expect(await notes("anki")).toBe(
      [
        "newsquiz: 2 questions (recit, souvenir): ignorée : une rédaction sans explication n'a pas de réponse à mettre au verso d'une carte",
        "",
      ].join("\n"),
    );
  });

  it("names the formats it writes when it cannot tell which one", async () => {
    expect(await runCommand(["export", "ville"], french())).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: quel format ? attendu --format gift, xml, aiken, anki ou json\n",
    });
  });

  it("says how many questions it wrote, the participle agreeing with their number", async () => {
    const { cwd, env } = french();
    const aiken = await runCommand(["export", "ville", "--output", "ville.aiken"], { cwd, env });
    expect(aiken.stderr.split("\n").at(-2)).toBe("1 sur 5 questions exportée vers ville.aiken");
    const gift = await runCommand(["export", "ville", "--output", "ville.gift"], { cwd, env });
    expect(gift.stderr.split("\n").at(-2)).toBe("5 sur 5 questions exportées vers ville.gift");
  });
});
