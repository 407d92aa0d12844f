import { describe, expect, it } from "vitest";
import { createGenerator } from "../../../src/core/generate/index.js";
import type { Question } from "../../../src/core/question/model.js";
import { builtinPack } from "../../helpers/packs.js";

// Exact questions for chosen facts of the built-in pack, seed 1, default difficulty: the prompt,
// the choices in the order shown with the right one marked, why a distractor is wrong where the
// facts say so, the explanation. Each was read and judged correct before it was pinned here.

const questions = createGenerator(builtinPack()).generate({ seed: 1 }).questions;

function shown(id: string) {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return compact(q);
}

function compact(q: Question) {
  const out: Record<string, unknown> = { id: q.id, prompt: q.prompt };
  if (q.type === "single") {
    out.choices = q.choices.map((c) => `${c.correct ? "✓" : "✗"} ${c.text}`);
    const feedback = q.choices.filter((c) => c.feedback).map((c) => [c.text, c.feedback]);
    if (feedback.length > 0) out.feedback = Object.fromEntries(feedback);
  }
  if (q.type === "ordering") out.items = q.items;
  if (q.type === "truefalse") out.answer = q.answer;
  out.explanation = q.explanation;
  out.sources = q.sources;
  out.difficulty = q.difficulty;
  return out;
}

describe("questions generated from the built-in pack, seed 1", () => {
  it("eviction-altman.who", () => {
    expect(shown("eviction-altman.who")).toEqual({
      id: "eviction-altman.who",
      prompt:
        "Parmi ces propositions, qui a évincé Sam Altman de son poste de PDG d'OpenAI le vendredi 17 novembre 2023 ?",
      choices: ["✗ Thrive Capital", "✗ Microsoft", "✓ Le conseil d'administration d'OpenAI"],
      explanation:
        "Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI. Le vendredi 17 novembre 2023, Ilya Sutskever a mené au sein du conseil d'administration l'éviction de Sam Altman.",
      sources: [
        "article-21-novembre",
        "pousse-vers-microsoft",
        "cinq-questions",
        "fredzone",
        "macgeneration",
      ],
      difficulty: "easy",
    });
  });

  it("shear-interim.whom", () => {
    expect(shown("shear-interim.whom")).toEqual({
      id: "shear-interim.whom",
      prompt: "Qui a été nommé PDG par intérim d'OpenAI le lundi 20 novembre 2023 ?",
      choices: ["✗ Sam Altman", "✗ Elon Musk", "✓ Emmett Shear", "✗ Mira Murati"],
      feedback: {
        "Mira Murati":
          "Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a nommé Mira Murati PDG par intérim d'OpenAI.",
      },
      explanation:
        "Le lundi 20 novembre 2023, le conseil d'administration d'OpenAI a nommé Emmett Shear PDG par intérim d'OpenAI.",
      sources: ["pousse-vers-microsoft", "cinq-questions", "fredzone", "macgeneration"],
      difficulty: "hard",
    });
  });

  it("murati-interim.whom.first", () => {
    expect(shown("murati-interim.whom.first")).toEqual({
      id: "murati-interim.whom.first",
      prompt: "Qui a été nommé PDG par intérim d'OpenAI en premier ?",
      choices: ["✓ Mira Murati", "✗ Elon Musk", "✗ Emmett Shear", "✗ Sam Altman"],
      feedback: {
        "Emmett Shear":
          "Le lundi 20 novembre 2023, le conseil d'administration d'OpenAI a nommé Emmett Shear PDG par intérim d'OpenAI.",
      },
      explanation:
        "Mira Murati a été nommée PDG par intérim d'OpenAI le vendredi 17 novembre 2023 ; Emmett Shear a succédé à Mira Murati le lundi 20 novembre 2023.",
      sources: ["pousse-vers-microsoft"],
      difficulty: "hard",
    });
  });

  it("shear-interim.whom.next", () => {
    expect(shown("shear-interim.whom.next")).toEqual({
      id: "shear-interim.whom.next",
      prompt: "Qui a été nommé PDG par intérim d'OpenAI après Mira Murati ?",
      choices: ["✗ Bill Gates", "✓ Emmett Shear", "✗ Greg Brockman", "✗ Ilya Sutskever"],
      explanation:
        "Mira Murati a été nommée PDG par intérim d'OpenAI le vendredi 17 novembre 2023 ; Emmett Shear a succédé à Mira Murati le lundi 20 novembre 2023.",
      sources: ["pousse-vers-microsoft", "cinq-questions", "fredzone", "macgeneration"],
      difficulty: "easy",
    });
  });

  it("eviction-altman.when", () => {
    expect(shown("eviction-altman.when")).toEqual({
      id: "eviction-altman.when",
      prompt:
        "Quel jour le conseil d'administration d'OpenAI a-t-il évincé Sam Altman de son poste de PDG d'OpenAI ?",
      choices: [
        "✗ mardi 14 novembre 2023",
        "✗ jeudi 16 novembre 2023",
        "✗ dimanche 19 novembre 2023",
        "✓ vendredi 17 novembre 2023",
      ],
      explanation:
        "Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
      sources: [
        "article-21-novembre",
        "pousse-vers-microsoft",
        "cinq-questions",
        "fredzone",
        "macgeneration",
      ],
      difficulty: "hard",
    });
  });

  it("investissement-2019.when.first", () => {
    expect(shown("investissement-2019.when.first")).toEqual({
      id: "investissement-2019.when.first",
      prompt: "En quelle année Microsoft a-t-elle investi dans OpenAI pour la première fois ?",
      choices: ["✓ 2019", "✗ 2016", "✗ 2021", "✗ 2015"],
      explanation: "En 2019, Microsoft a investi dans OpenAI.",
      sources: ["cinq-questions"],
      difficulty: "hard",
    });
  });

  it("signataires-650.how-many", () => {
    expect(shown("signataires-650.how-many")).toEqual({
      id: "signataires-650.how-many",
      prompt: "Selon MacGeneration, quel est le nombre d'employés signataires de la lettre ?",
      choices: [
        "✓ 650 sur environ 700 employés",
        "✗ 390 sur environ 700 employés",
        "✗ 330 sur environ 700 employés",
        "✗ 450 sur environ 700 employés",
      ],
      explanation:
        "Selon MacGeneration, le nombre d'employés signataires de la lettre est de 650 sur environ 700 employés. Selon « Comment Sam Altman a été poussé d'OpenAI dans les bras de Microsoft », le nombre d'employés signataires de la lettre est de plus de 500 sur 770 employés. Selon l'article du 21 novembre 2023, la part des employés signataires de la lettre est de plus de 90 %.",
      sources: ["macgeneration"],
      difficulty: "hard",
    });
  });

  it("eviction-altman.role", () => {
    expect(shown("eviction-altman.role")).toEqual({
      id: "eviction-altman.role",
      prompt:
        "De quel poste le conseil d'administration d'OpenAI a-t-il évincé Sam Altman le vendredi 17 novembre 2023 ?",
      choices: [
        "✗ Président du conseil d'administration",
        "✗ Responsable d'une nouvelle équipe de recherche en IA avancée",
        "✓ PDG",
      ],
      explanation:
        "Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
      sources: [
        "article-21-novembre",
        "pousse-vers-microsoft",
        "cinq-questions",
        "fredzone",
        "macgeneration",
      ],
      difficulty: "hard",
    });
  });

  it("satya-nadella.role.who", () => {
    expect(shown("satya-nadella.role.who")).toEqual({
      id: "satya-nadella.role.who",
      prompt: "Qui est le PDG de Microsoft ?",
      choices: ["✗ Sam Altman", "✗ Bill Gates", "✗ Jakub Pachocki", "✓ Satya Nadella"],
      explanation: "Satya Nadella est le PDG de Microsoft.",
      sources: ["article-21-novembre", "pousse-vers-microsoft", "cinq-questions", "fredzone"],
      difficulty: "hard",
    });
  });

  it("satya-nadella.role.what", () => {
    expect(shown("satya-nadella.role.what")).toEqual({
      id: "satya-nadella.role.what",
      prompt: "Qui est Satya Nadella ?",
      choices: [
        "✗ Cofondateur d'OpenAI et président de son conseil d'administration",
        "✓ PDG de Microsoft",
        "✗ Directeur scientifique d'OpenAI et membre du conseil d'administration",
        "✗ Directeur de la recherche d'OpenAI",
      ],
      explanation: "Satya Nadella est le PDG de Microsoft.",
      sources: ["article-21-novembre", "pousse-vers-microsoft", "cinq-questions", "fredzone"],
      difficulty: "easy",
    });
  });

  it("citation-mission.quote", () => {
    expect(shown("citation-mission.quote")).toEqual({
      id: "citation-mission.quote",
      prompt: "Qui a déclaré « La mission continue » sur X le lundi 20 novembre 2023 ?",
      choices: ["✗ Szymon Sidor", "✗ Satya Nadella", "✓ Sam Altman", "✗ Elon Musk"],
      explanation: "Sam Altman a déclaré « La mission continue » sur X le lundi 20 novembre 2023.",
      sources: ["cinq-questions", "fredzone"],
      difficulty: "hard",
    });
  });

  it("citation-mission.quote.what", () => {
    expect(shown("citation-mission.quote.what")).toEqual({
      id: "citation-mission.quote.what",
      prompt: "Qu'a déclaré Sam Altman sur X le lundi 20 novembre 2023 ?",
      choices: [
        "✗ « OpenAI n'est rien sans ses collaborateurs »",
        "✗ « Nous allons construire quelque chose de nouveau et ce sera incroyable »",
        "✗ « Sur la base des nouvelles d'aujourd'hui, je démissionne »",
        "✓ « La mission continue »",
      ],
      explanation: "Sam Altman a déclaré « La mission continue » sur X le lundi 20 novembre 2023.",
      sources: ["cinq-questions", "fredzone"],
      difficulty: "hard",
    });
  });

  it("pachocki-rejoint.whom", () => {
    expect(shown("pachocki-rejoint.whom")).toEqual({
      id: "pachocki-rejoint.whom",
      prompt:
        "D'après l'annonce du lundi 20 novembre 2023, quelle organisation Jakub Pachocki rejoindrait-il ?",
      choices: ["✓ Microsoft", "✗ Google", "✗ Thrive Capital", "✗ Twitch"],
      explanation:
        "Le lundi 20 novembre 2023, il a été annoncé que Jakub Pachocki rejoindrait Microsoft.",
      sources: ["pousse-vers-microsoft", "fredzone"],
      difficulty: "easy",
    });
  });

  it("brockman-ecarte.true-false", () => {
    expect(shown("brockman-ecarte.true-false")).toEqual({
      id: "brockman-ecarte.true-false",
      prompt:
        "Vrai ou faux ? Le vendredi 17 novembre 2023, Thrive Capital a évincé Greg Brockman de son poste de président du conseil d'administration d'OpenAI.",
      answer: false,
      explanation:
        "Faux : Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Greg Brockman de son poste de président du conseil d'administration d'OpenAI.",
      sources: ["pousse-vers-microsoft"],
      difficulty: "easy",
    });
  });

  it("eviction-altman.true-false", () => {
    expect(shown("eviction-altman.true-false")).toEqual({
      id: "eviction-altman.true-false",
      prompt:
        "Vrai ou faux ? Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
      answer: true,
      explanation:
        "Vrai : Le vendredi 17 novembre 2023, le conseil d'administration d'OpenAI a évincé Sam Altman de son poste de PDG d'OpenAI.",
      sources: [
        "article-21-novembre",
        "pousse-vers-microsoft",
        "cinq-questions",
        "fredzone",
        "macgeneration",
      ],
      difficulty: "easy",
    });
  });
});
