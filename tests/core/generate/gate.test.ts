import { describe, expect, it } from "vitest";
import { textProblem } from "../../../src/core/generate/gate.js";

describe("the quality gate's reading of a text", () => {
  it("refuses French elision and contraction errors", () => {
    for (const text of [
      "Qui a quitté la direction de OpenAI ?",
      "Le rachat de Acme.",
      "le arbre",
      "Qui a dit que il partirait ?",
      "Le directeur de le conseil.",
      "Il a écrit à les employés.",
      "Une lettre de les salariés.",
      "si il part",
    ]) {
      expect(textProblem(text, "fr"), text).toMatch(/^French elision error/);
    }
  });

  it("accepts what French writes: d'OpenAI, du conseil, de Hollande, de Yahoo, mène au", () => {
    for (const text of [
      "Qui a quitté la direction d'OpenAI ?",
      "Le directeur du conseil et des employés.",
      "Le discours de Hollande.",
      "Le rachat de Yahoo.",
      "Ilya Sutskever mène au sein du conseil l'éviction de Sam Altman.",
      "Une enquête indépendante.",
    ]) {
      expect(textProblem(text, "fr"), text).toBeUndefined();
    }
  });

  it("refuses what a template left behind, and punctuation spaced the other language's way", () => {
    expect(textProblem("Qui a évincé undefined ?", "fr")).toMatch(/^template leftover/);
    expect(textProblem("Combien {count} ?", "fr")).toMatch(/^template leftover/);
    expect(textProblem("Le NaN novembre.", "fr")).toMatch(/^template leftover/);
    expect(textProblem("Qui a évincé  Sam Altman ?", "fr")).toMatch(/^template leftover/);
    expect(textProblem("Qui a évincé Sam Altman?", "fr")).toMatch(/^punctuation spacing/);
    expect(textProblem("Who fired Sam Altman ?", "en")).toMatch(/^punctuation spacing/);
    // Quoted pack text keeps its own typography.
    expect(textProblem("Who said “Pourquoi ?” on X?", "en")).toBeUndefined();
  });

  it("refuses words cut inside a quotation, and accepts quotations inside quotations", () => {
    expect(
      textProblem("Qui a été nommée directrice avec pour mission de « manager les dos ?", "fr"),
    ).toMatch(/^unbalanced quotation marks/);
    expect(textProblem("Who said “we will stay?", "en")).toMatch(/^unbalanced quotation marks/);
    expect(textProblem("Qui a déclaré « Il m'a dit « non » hier » ?", "fr")).toBeUndefined();
  });
});
