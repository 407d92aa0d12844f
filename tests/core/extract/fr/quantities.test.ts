import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

const claims = (text: string) => extract(text).claims;

describe("French figures", () => {
  it("reads a value out of a total, with its qualifier and unit", () => {
    expect(
      claims(
        "Chez Acme, une lettre signée par plus de 300 des 450 salariés a été remise à la direction.",
      ),
    ).toEqual([
      {
        about: "le nombre de signataires de la lettre",
        value: 300,
        total: 450,
        qualifier: "more-than",
        unit: "employés",
      },
      {
        about: "le nombre total d'employés d'Acme",
        value: 450,
        qualifier: "exactly",
        unit: "employés",
      },
    ]);
  });

  it("reads amounts with their scale, in digits or words", () => {
    expect(
      claims("En 2021, la banque Crédit Nord a investi 2,5 milliards d'euros dans Solaris."),
    ).toEqual([
      {
        about: "le montant investi par Crédit Nord dans Solaris en 2021",
        value: 2_500_000_000,
        qualifier: "exactly",
        unit: "euros",
      },
    ]);
    expect(claims("Le fonds Vega investit un milliard de dollars dans Acme.")).toEqual([
      {
        about: "le montant investi par Vega dans Acme",
        value: 1_000_000_000,
        qualifier: "exactly",
        unit: "dollars",
      },
    ]);
  });

  it("names what an amount is with its article: « le montant de l'amende », « des économies »", () => {
    expect(
      claims("La société Vega a écopé d'une amende de 20 000 euros.").map((c) => c.about),
    ).toEqual(["le montant de l'amende de Vega"]);
    expect(
      claims("La société Vega doit réaliser 50 millions d'euros d'économies.").map((c) => c.about),
    ).toEqual(["le montant des économies de Vega"]);
    expect(
      claims("La société Vega a versé un dividende de 3 euros par action.").map((c) => c.about),
    ).toEqual(["le montant du dividende de Vega"]);
  });

  it("reads percentages and approximate workforces", () => {
    expect(claims("Lundi, plus de 90 % des salariés d'Acme ont signé une lettre ouverte.")).toEqual(
      [
        {
          about: "le nombre de signataires de la lettre",
          value: 90,
          qualifier: "more-than",
          unit: "%",
        },
      ],
    );
    expect(claims("La société Acme ne compte qu'autour de 700 employés au total.")).toEqual([
      {
        about: "le nombre total d'employés d'Acme",
        value: 700,
        qualifier: "about",
        unit: "employés",
      },
    ]);
  });

  it("leaves out figures whose subject it cannot name, dates, versions and list numbers", () => {
    expect(claims("Voici 5 questions pour comprendre la crise.")).toEqual([]);
    expect(claims("Le modèle GPT-4 est sorti en 2023 chez OpenAI.")).toEqual([]);
    expect(claims("1. Combien de salariés ont signé ?")).toEqual([]);
    expect(claims("Le 17 novembre 2023, le patron est parti.")).toEqual([]);
  });

  it("takes for an age only the figure « ans » follows as an age, and a fall for no share", () => {
    expect(claims("Léa Martin, 58 ans, travaille chez Vega depuis près de 40 ans.")).toEqual([
      { about: "l'âge de Léa Martin", value: 58, qualifier: "exactly", unit: "ans" },
    ]);
    // Une variation du cours est dite comme telle, jamais comme une part.
    expect(claims("L'action de Vega a chuté de 3 % mardi.")).toEqual([
      {
        about: "la variation du cours de l'action de Vega",
        value: 3,
        qualifier: "exactly",
        unit: "%",
      },
    ]);
    expect(claims("Le groupe Orbit a racheté 12 % de Vega.")).toEqual([
      { about: "la part de Vega visée", value: 12, qualifier: "exactly", unit: "%" },
    ]);
    expect(claims("Le fonds Orbit détient 12 % du capital de Vega.")).toEqual([
      {
        about: "la part du capital de Vega détenue par Orbit",
        value: 12,
        qualifier: "exactly",
        unit: "%",
      },
    ]);
  });

  it("takes for a share of signatories only a share of people, not a raise they ask for", () => {
    expect(
      claims("Les salariés d'Acme ont réclamé jeudi une hausse des salaires de 15 %."),
    ).toEqual([]);
    expect(claims("Lundi, plus de 90 % d'entre eux ont réclamé son retour.")).toEqual([
      {
        about: "le nombre de signataires de la lettre",
        value: 90,
        qualifier: "more-than",
        unit: "%",
      },
    ]);
  });

  it("gives a workforce to the subject of « emploie », and to no one when that is a site", () => {
    expect(
      claims("Le groupe Bernard & Fils a racheté Optika. Optika emploie 4 500 personnes."),
    ).toEqual([
      {
        about: "le nombre total d'employés d'Optika",
        value: 4500,
        qualifier: "exactly",
        unit: "employés",
      },
    ]);
    expect(
      claims(
        "La société Transalp a annoncé la fermeture du site de Lyon, qui emploie 350 personnes.",
      ),
    ).toEqual([]);
  });

  it("reads what follows a total: « 300 des 1 200 salariés du siège ont signé une pétition »", () => {
    expect(
      claims(
        "La société Corvane a perdu son patron. Plus de 300 des 1 200 salariés du siège avaient signé une pétition.",
      ),
    ).toEqual([
      {
        about: "le nombre de signataires de la pétition",
        value: 300,
        total: 1200,
        qualifier: "more-than",
        unit: "employés",
      },
    ]);
  });

  it("counts jobs cut, and members voting for a strike, in their own units", () => {
    expect(claims("Mme Roux a annoncé la suppression de 150 postes d'ici juin.")).toEqual([
      { about: "le nombre de postes supprimés", value: 150, qualifier: "exactly", unit: "postes" },
    ]);
    expect(claims("Quelque 800 des 950 membres du syndicat ont voté la grève.")).toEqual([
      {
        about: "le nombre de votes pour la grève",
        value: 800,
        total: 950,
        qualifier: "about",
        unit: "membres",
      },
    ]);
  });

  it("gives its workforce to a company set apart by an aside, « X, racheté en 2021 par Y, compte »", () => {
    expect(
      claims(
        "Le club Ravel Sports, racheté en 2021 par l'homme d'affaires Hugo Marin, compte 60 salariés.",
      ),
    ).toEqual([
      {
        about: "le nombre total d'employés de Ravel Sports",
        value: 60,
        qualifier: "exactly",
        unit: "employés",
      },
    ]);
  });

  it("counts people who are not staff, and never as jobs cut", () => {
    expect(
      claims(
        "Plus de 4 000 supporteurs avaient réclamé le départ de Paul Roux dans une pétition en ligne.",
      ),
    ).toEqual([
      {
        about: "le nombre de signataires de la pétition",
        value: 4000,
        qualifier: "more-than",
        unit: "personnes",
      },
    ]);
    expect(claims("Plus de 500 manifestants ont dénoncé la suppression de postes.")).toEqual([
      { about: "le nombre de manifestants", value: 500, qualifier: "more-than", unit: "personnes" },
    ]);
  });

  it("counts protesters, and reads pounds", () => {
    expect(claims("Samedi, environ 2 000 habitants ont manifesté devant la mairie.")).toEqual([
      { about: "le nombre de manifestants", value: 2000, qualifier: "about", unit: "personnes" },
    ]);
    expect(claims("Le groupe Vega a racheté la société Orbis pour 40 millions de livres.")).toEqual(
      [
        {
          about: "le prix du rachat d'Orbis",
          value: 40000000,
          qualifier: "exactly",
          unit: "livres sterling",
        },
      ],
    );
  });

  it("reads a revenue, and not a change of it", () => {
    expect(
      claims(
        "Le groupe Brévent va mal. Le chiffre d'affaires du groupe a reculé de 7 % en 2025, à 1,9 milliard d'euros.",
      ),
    ).toEqual([
      {
        about: "le chiffre d'affaires de Brévent en 2025",
        value: 1900000000,
        qualifier: "exactly",
        unit: "euros",
      },
    ]);
    expect(
      claims("Le groupe Brévent va mal. Son chiffre d'affaires a reculé de 200 millions d'euros."),
    ).toEqual([]);
  });

  it("lit toute figure comptée avec celui à qui elle est, et ce qu'elle compte", () => {
    expect(claims("Les 450 salariés de l'usine Vega ont appris la nouvelle.")).toEqual([
      {
        about: "le nombre de salariés de Vega",
        value: 450,
        qualifier: "exactly",
        unit: "employés",
      },
    ]);
    expect(
      claims(
        "Les personnels de Vega, qui ont participé à la consultation (80 %), ont voté non à 55 %.",
      ),
    ).toEqual([
      { about: "la part des personnels de Vega", value: 80, qualifier: "exactly", unit: "%" },
      { about: "la part des personnels de Vega", value: 55, qualifier: "exactly", unit: "%" },
    ]);
    expect(claims("La compagnie Vega Air assurera jeudi 47 % de son programme de vols.")).toEqual([
      { about: "la part du programme de Vega Air", value: 47, qualifier: "exactly", unit: "%" },
    ]);
  });
});
