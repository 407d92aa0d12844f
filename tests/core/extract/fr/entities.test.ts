import { describe, expect, it } from "vitest";
import { extract } from "../../../helpers/extract.js";

describe("French entities", () => {
  it("reads no name in « Société » alone, the head of a name written in small letters", () => {
    const names = extract(
      "« Nous refusons ce projet », a indiqué sa Société des journalistes (SDJ) dans un communiqué. La SDJ appelle à la grève.",
    ).entities.map((e) => e.name);
    expect(names).not.toContain("Société");
  });

  it("keeps « 's » as part of a name written once, French having no such possessive", () => {
    const names = extract(
      "L'enseigne Bill’s a licencié son dirigeant, Paul Roux, en mai.",
    ).entities.map((e) => e.name);
    expect(names).toContain("Bill’s");
    expect(names).not.toContain("Bill");
  });

  it("merges a name with its short forms and honorific", () => {
    const { entities } = extract(
      "Léa Martin, déléguée syndicale chez Acme, a pris la parole. Selon Mme Martin, la direction ment. Martin a ensuite quitté la salle.",
    );
    const lea = entities.find((e) => e.name === "Léa Martin");
    expect(lea).toEqual({
      name: "Léa Martin",
      kind: "person",
      aliases: ["Martin", "Mme Martin"],
      gender: "f",
      descriptions: ["déléguée syndicale chez Acme"],
    });
  });

  it("reads roles in apposition, after and before the name, with the gender they show", () => {
    const { entities } = extract(
      "Paul Roux, directeur financier de Acme, a démissionné. La directrice technique de l'entreprise, Inès Blanc, assure l'intérim. L'ancien patron de Vega Marc Petit a réagi.",
    );
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect(byName.get("Paul Roux")?.descriptions).toEqual(["directeur financier de Acme"]);
    expect(byName.get("Inès Blanc")).toMatchObject({
      kind: "person",
      gender: "f",
      descriptions: ["directrice technique de l'entreprise"],
    });
    expect(byName.get("Marc Petit")?.descriptions).toEqual(["ancien patron de Vega"]);
  });

  it("ties « le conseil d'administration » and « les employés » to the company in question", () => {
    const names = extract(
      "Le conseil d'administration d'Acme a limogé son patron. Les employés d'Acme ont protesté. Le conseil a refusé de commenter.",
    ).entities.map((e) => e.name);
    expect(names).toContain("le conseil d'administration d'Acme");
    expect(names).toContain("les employés d'Acme");
    expect(names.filter((n) => n.startsWith("le conseil"))).toHaveLength(1);
  });

  it("never gives « les salariés » to the outlet a figure is attributed to", () => {
    const names = (text: string) => extract(text).entities.map((e) => e.name);
    expect(names("Selon Le Courrier, plus de 300 salariés ont signé une lettre.")).toEqual([
      "Le Courrier",
      "les employés",
    ]);
    expect(
      names(
        "D'après Le Courrier, les salariés d'Acme ont signé une lettre. Les salariés attendent.",
      ),
    ).toEqual(["Le Courrier", "Acme", "les employés d'Acme"]);
  });

  it("gives a person the gender of the post she is named to, where nothing else said it", () => {
    const { entities } = extract("Le groupe Orbit a nommé Claire Dubois directrice générale.");
    expect(entities.find((e) => e.name === "Claire Dubois")?.gender).toBe("f");
  });

  it("does not take sentence openers, weekdays or role acronyms for names", () => {
    const names = extract(
      "Selon Nadella, rien ne change. Lundi, le PDG a parlé. Pourquoi partir ? Dimanche, Acme a fermé.",
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Nadella", "Acme"]));
    for (const word of ["Selon", "Selon Nadella", "Lundi", "PDG", "Pourquoi", "Dimanche"])
      expect(names).not.toContain(word);
  });

  it("keeps particles inside a name, and a publication date line out of the text", () => {
    const { entities, events } = extract(
      "Marie de Villiers, présidente de Solaris, a été limogée vendredi. Selon Marie de Villiers, rien n'était prévu.",
    );
    expect(entities.find((e) => e.name === "Marie de Villiers")).toMatchObject({
      kind: "person",
      gender: "f",
    });
    expect(events).toEqual([
      { type: "dismissal", target: "Marie de Villiers", date: "2023-11-17" },
    ]);
  });

  it("reads « le géant de la technologie » as the company just named", () => {
    const { events } = extract(
      "Le patron de Vega a tweeté que le géant de la technologie avait recruté Paul Roux.",
    );
    expect(events).toEqual([{ type: "hiring", actor: "Vega", target: "Paul Roux" }]);
  });

  it("separates an organisation glued to the person after it (« d'Acme Jean Dupuis »)", () => {
    const names = extract(
      "Acme recrute. Le directeur de la recherche d'Acme Jean Dupuis a quitté Acme.",
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Acme", "Jean Dupuis"]));
    expect(names).not.toContain("Acme Jean Dupuis");
  });

  it("reads partners joined by « & » as one company, not a company and a person", () => {
    const { entities } = extract("Le cabinet Bernard & Fils a recruté Léa Martin en 2021.");
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ["Bernard & Fils", "organisation"],
      ["Léa Martin", "person"],
    ]);
  });

  it("sépare un titre, un sigle ou une institution du prénom qui ouvre le nom d'une personne", () => {
    const { entities } = extract(
      "La ministre de la Santé Hélène Marchal a reçu le député PS Jérôme Vidal et Pierre Le Goff. Le Conseil National de la Pharmacie a protesté.",
    );
    const names = entities.map((e) => `${e.name}:${e.kind}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "Hélène Marchal:person",
        "Jérôme Vidal:person",
        "Pierre Le Goff:person",
        "Conseil National de la Pharmacie:organisation",
      ]),
    );
    expect(entities.find((e) => e.name === "Hélène Marchal")?.gender).toBe("f");
  });

  it("lit entière une institution écrite avec une seule capitale, adjectifs et compléments compris", () => {
    const actors = (text: string) => extract(text).events.map((e) => e.actor);
    expect(
      actors(
        "Le Conseil supérieur de l'audiovisuel a révoqué Paul Roux mercredi. La Cour des comptes a nommé Inès Blanc présidente de chambre.",
      ),
    ).toEqual(["Conseil supérieur de l'audiovisuel", "Cour des comptes"]);
    expect(actors("Le Conseil d'État a limogé Paul Roux lundi.")).toEqual(["Conseil d'État"]);
    expect(actors("Le Tribunal de commerce de Paris a nommé Léa Martin administratrice.")).toEqual([
      "Tribunal de commerce de Paris",
    ]);
    expect(actors("Le Haut-Commissariat aux réfugiés a recruté Léa Martin en mai.")).toEqual([
      "Haut-Commissariat aux réfugiés",
    ]);
    const { entities } = extract(
      "L'Assemblée nationale a voté mardi. Selon la Banque centrale européenne, le Conseil constitutionnel a nommé Paul Roux secrétaire général.",
    );
    expect(entities.filter((e) => e.kind === "organisation").map((e) => e.name)).toEqual([
      "Banque centrale européenne",
      "Conseil constitutionnel",
      "Assemblée nationale",
    ]);
  });

  it("ne prend pour adjectif ni un verbe après l'institution ni un conseil d'administration", () => {
    const names = (text: string) => extract(text).entities.map((e) => e.name);
    expect(
      names(
        "La Commission explique que Paul Roux a démissionné. La Commission européenne présente ses excuses à Léa Martin, qui a démissionné.",
      ),
    ).toEqual(["Commission européenne", "Léa Martin", "Paul Roux"]);
    expect(names("Le Conseil d'administration d'Acme a limogé son patron, Paul Roux.")).toContain(
      "le conseil d'administration d'Acme",
    );
  });

  it("lit « le conseil » après le Conseil supérieur comme cette institution, non son conseil d'administration", () => {
    const { events } = extract(
      "Le Conseil supérieur de l'audiovisuel a révoqué Paul Roux. Le conseil a désigné Léa Martin pour le remplacer.",
    );
    expect(events.map((e) => [e.type, e.actor, e.target])).toEqual([
      ["dismissal", "Conseil supérieur de l'audiovisuel", "Paul Roux"],
      ["appointment", "Conseil supérieur de l'audiovisuel", "Léa Martin"],
    ]);
  });

  it("lit une lettre entre guillemets dans un nom comme un mot du nom (« Toys “R” Us »)", () => {
    const { entities } = extract("Toys “R” Us a limogé son patron, Paul Roux, en mai.");
    expect(entities.find((e) => e.name.startsWith("Toys"))).toMatchObject({
      name: "Toys “R” Us",
      kind: "organisation",
    });
  });

  it("lit le numéro qui clôt un nom en milieu de phrase, jamais un chiffre qui le suit", () => {
    const actor = (text: string) => extract(text).events.map((e) => e.actor);
    expect(actor("La chaîne France 2 a nommé Léa Martin directrice de l'information.")).toEqual([
      "France 2",
    ]);
    expect(actor("Le club de Ligue 1 a limogé Paul Roux.")).toEqual(["Ligue 1"]);
    const names = extract(
      "Acme a supprimé en France 2 000 postes et licencié Paul Roux.",
    ).entities.map((e) => e.name);
    expect(names).not.toContain("France 2");
  });
});
