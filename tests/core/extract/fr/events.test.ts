import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

const events = (text: string) => extract(text).events;

describe("French events", () => {
  it("reads the active voice, with the date of the sentence", () => {
    expect(events("Vendredi, la société Acme a limogé Paul Roux.")).toEqual([
      { type: "dismissal", actor: "Acme", target: "Paul Roux", date: "2023-11-17" },
    ]);
    expect(events("Le 2 octobre 2023, la banque Crédit Nord a embauché Inès Blanc.")).toEqual([
      { type: "hiring", actor: "Crédit Nord", target: "Inès Blanc", date: "2023-10-02" },
    ]);
  });

  it("reads the passive voice and its agent after « par »", () => {
    expect(events("Paul Roux a été évincé par le conseil d'administration d'Acme lundi.")).toEqual([
      {
        type: "dismissal",
        actor: "le conseil d'administration d'Acme",
        target: "Paul Roux",
        date: "2023-11-20",
      },
    ]);
    expect(events("Paul Roux, qui a ensuite été recruté par la société Vega, se tait.")).toEqual([
      { type: "hiring", actor: "Vega", target: "Paul Roux" },
    ]);
  });

  it("reads participles and nouns: « X, limogé », « l'éviction de X »", () => {
    expect(events("Acme a vu son patron Paul Roux évincé de la société.")).toEqual([
      { type: "dismissal", target: "Paul Roux" },
    ]);
    expect(
      events(
        "Dimanche, Acme annonce la nomination de Léa Martin comme directrice générale d'Acme.",
      ),
    ).toEqual([
      {
        type: "appointment",
        actor: "Acme",
        target: "Léa Martin",
        date: "2023-11-19",
        role: "directrice générale",
        org: "Acme",
      },
    ]);
  });

  it("reads lists: one event per name", () => {
    expect(events("La société Vega a recruté Paul Roux et Léa Martin.")).toEqual([
      { type: "hiring", actor: "Vega", target: "Paul Roux" },
      { type: "hiring", actor: "Vega", target: "Léa Martin" },
    ]);
  });

  it("gives no event for negations, demands, conditions or questions", () => {
    expect(events("Paul Roux n'a pas été limogé par Acme.")).toEqual([]);
    // A demand is never the dismissal it asks for (nor a petition: on the corpus, « réclament »
    // was a pay demand each time, never a petition the gold lists).
    expect(events("Les salariés d'Acme ont réclamé le limogeage de Paul Roux.")).toEqual([]);
    expect(events("Ils menacent de démissionner si Acme ne recrute pas Léa Martin.")).toEqual([]);
    expect(events("Acme va-t-elle limoger Paul Roux ?")).toEqual([]);
  });

  it("keeps what is not done as it is told: conditional, hearsay, planned or announced", () => {
    const status = (text: string) => extract(text).events.map((e) => [e.type, e.status]);
    expect(status("Paul Roux a rejoint la société Acme.")).toEqual([["joining", undefined]]);
    expect(status("Paul Roux rejoindra la société Acme.")).toEqual([["joining", "planned"]]);
    expect(status("Paul Roux va quitter la société Acme.")).toEqual([["departure", "planned"]]);
    expect(status("Paul Roux pourrait quitter la société Acme.")).toEqual([
      ["departure", "conditional"],
    ]);
    expect(status("Paul Roux rejoindrait la société Acme.")).toEqual([["joining", "conditional"]]);
    // Hearsay is not asserted by the article either.
    expect(status("La société Acme aurait limogé Paul Roux.")).toEqual([
      ["dismissal", "conditional"],
    ]);
    expect(
      status("La société Acme a annoncé envisager la suppression de 300 postes.").filter(
        ([type]) => type === "layoff",
      ),
    ).toEqual([["layoff", "announced"]]);
  });

  it("reads a petition and its signers", () => {
    expect(
      events("Une lettre signée par 300 salariés d'Acme a été adressée à la direction."),
    ).toEqual([{ type: "petition", actor: "les employés d'Acme" }]);
  });

  it("ends the post where the date starts: « directrice générale mercredi »", () => {
    expect(
      events("Le groupe Orbit a nommé Maria Lopez au poste de directrice générale mercredi."),
    ).toEqual([
      {
        type: "appointment",
        actor: "Orbit",
        target: "Maria Lopez",
        date: "2023-11-15",
        role: "directrice générale",
      },
    ]);
  });

  it("reads the post right after the person appointed: « a nommé Claire Dubois directrice générale »", () => {
    expect(
      events("Le groupe Orbit a nommé jeudi Claire Dubois directrice générale par intérim."),
    ).toEqual([
      {
        type: "appointment",
        actor: "Orbit",
        target: "Claire Dubois",
        date: "2023-11-16",
        role: "directrice générale par intérim",
      },
    ]);
    // An apposition after a comma describes the person; it is not the post given.
    expect(
      events("Le groupe Orbit a nommé Claire Dubois, ancienne directrice de Vega, jeudi."),
    ).toEqual([
      { type: "appointment", actor: "Orbit", target: "Claire Dubois", date: "2023-11-16" },
    ]);
  });

  it("reads « a licencié 7 500 salariés » as a layoff, « a licencié Paul Roux » as a dismissal", () => {
    expect(events("Le groupe Vega a licencié 7 500 salariés en 2024.")).toEqual([
      { type: "layoff", actor: "Vega", date: "2024" },
    ]);
    expect(events("Le groupe Vega a licencié Paul Roux en 2024.")).toEqual([
      { type: "dismissal", actor: "Vega", target: "Paul Roux", date: "2024" },
    ]);
  });

  it("reads « a rejoint le conseil d'administration » with the company's board", () => {
    expect(
      events("Le groupe Vega va bien. Paul Roux a rejoint le conseil d'administration en 2022."),
    ).toEqual([
      {
        type: "joining",
        actor: "Paul Roux",
        target: "le conseil d'administration de Vega",
        date: "2022",
      },
    ]);
  });

  it("reads « la société Optika » as Optika, not as the company the article is about", () => {
    expect(
      events("Le groupe Bernard & Fils a racheté la société Optika pour 3,2 milliards d'euros."),
    ).toEqual([{ type: "acquisition", actor: "Bernard & Fils", target: "Optika" }]);
  });

  it("reads the post right after « a été nommée », and not the year the person took another", () => {
    expect(
      events(
        "Claire Roux, directrice financière du groupe depuis 2020, a été nommée directrice générale par intérim.",
      ),
    ).toEqual([
      { type: "appointment", target: "Claire Roux", role: "directrice générale par intérim" },
    ]);
    expect(events("Le groupe Vega a nommé directrice générale Claire Roux.")).toEqual([
      { type: "appointment", actor: "Vega", target: "Claire Roux", role: "directrice générale" },
    ]);
  });

  it("dates what is to come at the next such month, from a month written without its year", () => {
    expect(
      events("Le groupe Vega va bien. Claire Roux rejoindra le conseil d'administration en avril."),
    ).toEqual([
      {
        type: "joining",
        actor: "Claire Roux",
        target: "le conseil d'administration de Vega",
        date: "2024-04",
        status: "planned",
      },
    ]);
    expect(
      events(
        "Le groupe Vega va bien. Claire Roux rejoindra le conseil d'administration en avril 2026.",
      ),
    ).toEqual([
      {
        type: "joining",
        actor: "Claire Roux",
        target: "le conseil d'administration de Vega",
        date: "2026-04",
        status: "planned",
      },
    ]);
  });

  it("names what was announced: « a annoncé la suppression de 150 postes »", () => {
    expect(
      events("Jeudi, Mme Roux a annoncé la suppression de 150 postes d'ici la fin de l'année."),
    ).toEqual([
      {
        type: "announcement",
        actor: "Roux",
        date: "2023-11-16",
        label: "la suppression de 150 postes",
      },
    ]);
    expect(events("Jeudi, Mme Roux a annoncé qu'elle resterait.")).toEqual([]);
  });

  it("reads a person as the buyer, a list after « par », and the subject before an aside", () => {
    expect(
      events("Le club Ravel Sports, racheté en 2021 par l'homme d'affaires Hugo Marin, a chuté."),
    ).toEqual([{ type: "acquisition", actor: "Hugo Marin", target: "Ravel Sports", date: "2021" }]);
    // The dismissal is Vega's, and 2015 is the founding's year, not the dismissal's.
    expect(
      events(
        "La start-up Vega, fondée en 2015 par Léa Martin et Paul Roux, a licencié Marc Petit.",
      ),
    ).toEqual([
      { type: "founding", actor: "Léa Martin", target: "Vega", date: "2015" },
      { type: "founding", actor: "Paul Roux", target: "Vega", date: "2015" },
      { type: "dismissal", actor: "Vega", target: "Marc Petit" },
    ]);
  });

  it("reads « a présenté sa démission », and a second verb after « et » with the first's subject", () => {
    expect(
      events("Le président de Vega, Marc Petit, a présenté sa démission mardi au conseil."),
    ).toEqual([{ type: "resignation", actor: "Marc Petit", date: "2023-11-21" }]);
    expect(events("En 2019, Paul Roux a quitté Vega et a fondé la start-up Orbis.")).toEqual([
      { type: "departure", actor: "Paul Roux", target: "Vega", date: "2019" },
      { type: "founding", actor: "Paul Roux", target: "Orbis", date: "2019" },
    ]);
  });

  it("reads « a remercié son PDG » as a dismissal, « a remercié ses équipes » as thanks", () => {
    expect(events("Le groupe Brévent a remercié jeudi son PDG, Olivier Castel.")).toEqual([
      { type: "dismissal", actor: "Brévent", target: "Olivier Castel", date: "2023-11-16" },
    ]);
    expect(events("Le groupe Brévent a remercié ses équipes.")).toEqual([]);
  });

  it("reads an end put to a post, a mandate not renewed, a resignation as a noun", () => {
    expect(
      events("Le conseil d'administration de Vega a mis fin aux fonctions de Paul Roux."),
    ).toEqual([
      {
        type: "dismissal",
        actor: "le conseil d'administration de Vega",
        target: "Paul Roux",
      },
    ]);
    expect(
      events(
        "La société Vega a décidé de ne pas renouveler le mandat de Paul Roux, son directeur.",
      ),
    ).toEqual([{ type: "dismissal", actor: "Vega", target: "Paul Roux" }]);
    expect(events("Paul Roux a présenté mardi sa démission au conseil.")).toEqual([
      { type: "resignation", actor: "Paul Roux", date: "2023-11-21" },
    ]);
  });

  it("reads a replacement: the one who replaces is appointed, the one replaced leaves, both to come", () => {
    expect(
      events(
        "Léa Martin deviendra la directrice générale de Vega le 1er mars, en remplacement de Paul Roux, a annoncé le groupe.",
      ),
    ).toEqual([
      { type: "appointment", target: "Léa Martin", date: "2024-03-01", status: "planned" },
      { type: "departure", actor: "Paul Roux", date: "2024-03-01", status: "planned" },
    ]);
    // The company told it, in an incise that goes on after a comma: Paul Roux announced nothing.
    expect(
      events(
        "Léa Martin deviendra la directrice générale de Vega le 1er mars, en remplacement de Paul Roux, a annoncé le groupe lundi, dans un communiqué.",
      ).map((e) => e.type),
    ).toEqual(["appointment", "departure"]);
    // Dismissed first: the replacement names no second way out.
    expect(
      events("La société Vega a limogé Paul Roux. Il est remplacé par Léa Martin.").map((e) => [
        e.type,
        e.target ?? e.actor,
      ]),
    ).toEqual([
      ["dismissal", "Paul Roux"],
      ["appointment", "Léa Martin"],
    ]);
  });

  it("reads who strikes against whom, a motion against someone, a company absorbed", () => {
    expect(
      events(
        "Les pilotes de Vega Air en sont à leur onzième jour de grève des pilotes de Vega Air.",
      ),
    ).toContainEqual({
      type: "strike",
      actor: "les pilotes de Vega Air",
      target: "Vega Air",
    });
    expect(
      events("Les journalistes de Vega ont voté une motion de défiance contre Paul Roux."),
    ).toEqual([{ type: "petition", actor: "les journalistes de Vega", target: "Paul Roux" }]);
    expect(events("La société Orbis a été absorbée par le groupe Vega.")).toEqual([
      { type: "acquisition", actor: "Vega", target: "Orbis" },
    ]);
  });
});
