import { describe, expect, it } from "vitest";
import { extract } from "../../helpers/extract.js";

const quotes = (text: string, lang: "fr" | "en" = "fr") => extract(text, { lang }).quotes;

describe("quotes and their speaker", () => {
  it("takes the name after the speech verb that follows the quotation", () => {
    expect(
      quotes(
        "« Nous ne céderons pas sur les salaires », a déclaré Léa Martin, déléguée syndicale.",
      ),
    ).toEqual([{ speaker: "Léa Martin", text: "Nous ne céderons pas sur les salaires" }]);
    expect(
      quotes("« La grève continue demain matin », a réagi, sur le même réseau social, Léa Martin."),
    ).toEqual([{ speaker: "Léa Martin", text: "La grève continue demain matin" }]);
  });

  it("ends a quotation the text cuts off before its close with an ellipsis, not a piece of word", () => {
    expect(
      quotes(
        "Le conflit dure. Paul Roux a déclaré : « Nous resterons ici tant que la direction ne recul",
      ),
    ).toEqual([{ speaker: "Paul Roux", text: "Nous resterons ici tant que la direction ne…" }]);
    // A quotation that goes on in the next paragraph ends its sentence: it is kept whole.
    expect(
      quotes("Paul Roux a déclaré : « Nous resterons ici.\n\n« Et nous reviendrons demain. »")[0],
    ).toEqual({ speaker: "Paul Roux", text: "Nous resterons ici." });
  });

  it("takes the subject of the speech verb before the quotation", () => {
    expect(
      quotes("Paul Roux a ensuite tweeté : « Je regrette profondément cette décision. »"),
    ).toEqual([{ speaker: "Paul Roux", text: "Je regrette profondément cette décision." }]);
  });

  it("reads « a-t-il ajouté » as the subject of the sentence before", () => {
    expect(
      quotes(
        "Paul Roux a quitté la réunion en colère. « Nous reviendrons avec nos avocats », a-t-il ajouté.",
      ),
    ).toEqual([{ speaker: "Paul Roux", text: "Nous reviendrons avec nos avocats" }]);
  });

  it("does not give a speaker to scare quotes or to a name after « de »", () => {
    expect(quotes("Il a été « viré » sans préavis par Acme.")).toEqual([]);
    expect(
      quotes("« Je suis ouvert aux deux options », a indiqué le patron de l'éditeur de Vega."),
    ).toEqual([]);
  });

  it("does not date a quotation from a date said inside it", () => {
    const said = (text: string, lang: "fr" | "en") =>
      extract(text, { lang }).facts.quotes.map((q) => ({ text: q.text, date: q.date }));
    expect(
      said('"The delays were visible in June," said Priya Raman, an analyst at Crestline.', "en"),
    ).toEqual([{ text: "The delays were visible in June", date: undefined }]);
    expect(
      said("« Les retards étaient visibles dès juin », a déclaré lundi Léa Martin.", "fr"),
    ).toEqual([
      {
        text: "Les retards étaient visibles dès juin",
        date: "2023-11-20",
      },
    ]);
  });

  it("reads English quotations", () => {
    expect(
      quotes("“We will not back down on wages,” said Lea Martin, a union delegate.", "en"),
    ).toEqual([{ speaker: "Lea Martin", text: "We will not back down on wages" }]);
  });

  it("reads a title in lowercase between an English quotation and its speaker, never the one told", () => {
    expect(
      quotes('"We will keep building the plant," chairman Paul Roux said in a statement.', "en"),
    ).toEqual([{ speaker: "Paul Roux", text: "We will keep building the plant" }]);
    // Whoever is told does not speak the quotation.
    expect(
      quotes('"We will keep building the plant," a spokesman told Le Courrier.', "en"),
    ).toEqual([]);
  });

  it("takes the name before its speech verb across an aside, in each language's relative pronoun", () => {
    expect(
      quotes(
        '"We will keep building the plant," Paul Roux, who runs the site, said on Monday.',
        "en",
      ),
    ).toEqual([{ speaker: "Paul Roux", text: "We will keep building the plant" }]);
    expect(
      quotes(
        "« Nous tiendrons jusqu'au bout », Léa Martin, qui dirige le syndicat, a déclaré lundi.",
      ),
    ).toEqual([{ speaker: "Léa Martin", text: "Nous tiendrons jusqu'au bout" }]);
  });

  it("takes the person named after a role and a comma: « a déclaré le président du conseil, X »", () => {
    expect(
      quotes(
        "« Nous avions besoin d'un nouvel élan », a déclaré le président du conseil, Henri Vasseur.",
      ),
    ).toEqual([{ speaker: "Henri Vasseur", text: "Nous avions besoin d'un nouvel élan" }]);
  });

  it("gives a quotation to the subject before an aside, not to a name inside the aside", () => {
    expect(
      quotes(
        "Élise Fontaine a été nommée mardi. Mme Fontaine, ancienne présidente de la région Bretagne, a promis de « relancer la production nationale ».",
      ),
    ).toEqual([{ speaker: "Élise Fontaine", text: "relancer la production nationale" }]);
    const bretagne = extract(
      "Mme Fontaine, ancienne présidente de la région Bretagne, a parlé.",
    ).entities.find((e) => e.name === "Bretagne");
    expect(bretagne?.kind).not.toBe("person");
  });

  it("reads an honorific between the quotation and its speaker: “...,” Mr. Ortiz said", () => {
    expect(
      quotes(
        'Michael Ortiz leads Denton. "We are building the leader in industrial software," Mr. Ortiz said.',
        "en",
      ),
    ).toEqual([
      { speaker: "Michael Ortiz", text: "We are building the leader in industrial software" },
    ]);
  });

  it("reads “...,” she said as the one person just named, and as no one when two were", () => {
    expect(
      quotes('Dr. Sarah Kim spoke on Friday. "The court got this wrong," she said.', "en"),
    ).toEqual([{ speaker: "Sarah Kim", text: "The court got this wrong" }]);
    expect(
      quotes('Sarah Kim hired Tom Reyes in May. "The court got this wrong," he said.', "en"),
    ).toEqual([]);
    expect(
      quotes("Léa Martin dirige Acme. « Nous ferons appel de cette décision », elle a ajouté."),
    ).toEqual([{ speaker: "Léa Martin", text: "Nous ferons appel de cette décision" }]);
  });

  it("gives « a-t-elle réagi » to the woman of the sentence before, not the company named first", () => {
    expect(
      quotes(
        "Arrivée chez Brévent en 2021, Camille Ferrand devient la première femme à diriger l'entreprise. « C'est une immense responsabilité », a-t-elle réagi.",
      ),
    ).toEqual([{ speaker: "Camille Ferrand", text: "C'est une immense responsabilité" }]);
  });

  it("goes on with the speaker of the paragraph before when a paragraph opens with a quotation", () => {
    expect(
      quotes(
        '"We will rebuild the plant," said Nora Blake, the plant manager.\n\n"It will take two years and a lot of work."',
        "en",
      ),
    ).toEqual([
      { speaker: "Nora Blake", text: "We will rebuild the plant" },
      { speaker: "Nora Blake", text: "It will take two years and a lot of work." },
    ]);
    // A paragraph of narration between them ends the run: the quotation is nobody's.
    expect(
      quotes(
        '"We will rebuild the plant," said Nora Blake.\n\nThe plant closed in May after a fire.\n\n"It will take two years."',
        "en",
      ).map((q) => q.speaker),
    ).toEqual(["Nora Blake"]);
  });

  it("reads a quotation over several sentences, and one left open to the paragraph's end", () => {
    expect(
      quotes(
        'Nora Blake wrote: "The plant will reopen. Every worker keeps a job.\n\n"We owe them that much."',
        "en",
      ),
    ).toEqual([
      { speaker: "Nora Blake", text: "The plant will reopen. Every worker keeps a job." },
      { speaker: "Nora Blake", text: "We owe them that much." },
    ]);
  });

  it("follows « he » through the sentences about the same person, not to a name beside them", () => {
    expect(
      quotes(
        'Paul Roux resigned on Monday. He spoke to reporters, alongside chairman Tom Reyes. He added: "I leave with no regrets at all."',
        "en",
      ),
    ).toEqual([{ speaker: "Paul Roux", text: "I leave with no regrets at all." }]);
  });

  it("gives no speaker to someone the article does not name, nor to a name in a clause after", () => {
    expect(
      quotes("« Nous sommes inquiets pour la suite », a confié une salariée de l'usine Vega."),
    ).toEqual([]);
    expect(
      quotes(
        "« Nous ne lâcherons rien », ont prévenu des élus parmi lesquels figure le maire Jean Dupuis.",
      ),
    ).toEqual([]);
  });

  it("reads « the company said » as the article's company, and a party's letters apart from a name", () => {
    expect(
      quotes('Orbit Labs fired its founder. "The board acted on facts," the company said.', "en"),
    ).toEqual([{ speaker: "Orbit Labs", text: "The board acted on facts" }]);
    const said = extract(
      "Le député PS Marc Olivier a déclaré : « Nous voterons contre ce texte. »",
    );
    expect(said.quotes).toEqual([
      { speaker: "Marc Olivier", text: "Nous voterons contre ce texte." },
    ]);
  });
});
