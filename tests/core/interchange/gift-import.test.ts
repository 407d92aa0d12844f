import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "../../helpers/interop.js";
import { ROOT } from "../../helpers/run-cli.js";

const fixture = (name: string) =>
  readFileSync(join(ROOT, "tests", "fixtures", "interchange", name), "utf8");

describe("GIFT import", () => {
  it("reads every feature: titles, ids, tags, categories, formats, feedback, weights, numbers, escapes", () => {
    const { questions, issues } = importText(fixture("features.gift"), "gift");
    expect(issues).toEqual([]);
    expect(questions.map((q) => q.category)).toEqual(Array(11).fill("$course$/top/Crise OpenAI"));
    const withoutDefaults = questions.map(({ category: _c, sources, facts, tags, ...q }) => ({
      ...q,
      ...(sources.length ? { sources } : {}),
      ...(facts.length ? { facts } : {}),
      ...(tags.length ? { tags } : {}),
    }));
    expect(withoutDefaults).toEqual([
      {
        id: "renvoi",
        prompt: "Qui a renvoyé Sam Altman le 17 novembre 2023 ?",
        title: "Renvoi",
        explanation: "Le conseil a dit qu'Altman n'était « pas toujours franc ».",
        tags: ["dates", "conseil"],
        type: "single",
        choices: [
          {
            text: "Le conseil d'administration",
            correct: true,
            feedback: "Oui, par un communiqué.",
          },
          {
            text: "Satya Nadella",
            correct: false,
            feedback: "Non : Microsoft l'a appris au dernier moment.",
          },
          {
            text: "Greg Brockman",
            correct: false,
            weight: -50,
            feedback: "Non, il a démissionné.",
          },
        ],
      },
      {
        id: "cochez-les-deux-fondateurs-partis",
        prompt: "Cochez **les deux** fondateurs partis.",
        format: "markdown",
        type: "multiple",
        choices: [
          {
            text: "Sam Altman",
            correct: true,
          },
          {
            text: "Greg Brockman",
            correct: true,
          },
          {
            text: "Satya Nadella",
            correct: false,
            weight: -100,
          },
        ],
      },
      {
        id: "altman-a-ete-renvoye-un-vendredi",
        prompt: "Altman a été renvoyé <b>un vendredi</b>.",
        format: "html",
        type: "truefalse",
        answer: true,
        feedbackRight: "Oui.",
        feedbackWrong: "Non, c'était bien un vendredi.",
      },
      {
        id: "combien-d-employes-ont-signe-la-lettre",
        prompt: "Combien d'employés ont signé la lettre ?",
        type: "numeric",
        answers: [
          {
            value: 700,
            tolerance: 50,
            feedback: "Environ 700.",
          },
          {
            min: 500,
            max: 800,
            weight: 50,
          },
        ],
        feedbackWrong: "Relisez l'article de MacGeneration.",
      },
      {
        id: "le-conseil-comptait-membres-avant-le-renvoi",
        prompt: "Le conseil comptait _____ membres avant le renvoi.",
        type: "numeric",
        answers: [
          {
            value: 6,
          },
        ],
      },
      {
        id: "quel-est-le-prenom-d-altman",
        prompt: "Quel est le prénom d'Altman ?",
        type: "short",
        answers: [
          "Sam",
          {
            text: "Samuel",
            weight: 50,
            feedback: "Presque.",
          },
        ],
        feedbackWrong: "Non.",
      },
      {
        id: "associez-chaque-personne-a-son-role",
        prompt: "Associez chaque personne à son rôle.",
        type: "matching",
        pairs: [
          {
            left: "Sam Altman",
            right: "PDG",
          },
          {
            left: "Mira Murati",
            right: "directrice technique",
          },
          {
            left: "",
            right: "président de Microsoft",
          },
        ],
      },
      {
        id: "remettez-les-faits-dans-l-ordre",
        prompt: "Remettez les faits dans l'ordre.",
        type: "ordering",
        items: ["Renvoi d'Altman", "Lettre des employés", "Retour d'Altman"],
      },
      {
        id: "combien-microsoft-a-t-il-investi",
        prompt: "Combien Microsoft a-t-il investi ?",
        type: "numeric",
        answers: [
          {
            value: 13,
          },
        ],
        unit: "milliards de dollars",
      },
      {
        id: "resumez-la-crise-en-trois-phrases",
        prompt: "Résumez la crise en trois phrases.",
        explanation: "Renvoi, révolte, retour.",
        type: "essay",
      },
      {
        id: "consignes",
        prompt: "Répondez sans l'article: { } ~ = # et \\ sont des caractères.\nDeuxième ligne.",
        title: "Consignes",
        type: "description",
      },
    ]);
  });

  it("reports each malformed question at its line, skips it and imports the others", () => {
    const { questions, issues } = importText(fixture("errors.gift"), "gift");
    expect(questions.map((q) => q.prompt)).toEqual([
      "Bien formée 1",
      "Bien formée 2",
      "Bien formée 3",
    ]);
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual(
      fixture("errors.expected.txt").trimEnd().split("\n"),
    );
  });
});
