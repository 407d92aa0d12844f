// Readings the development corpus taught, each written here as general language.
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers/extract.js";

describe("how much of an event a sentence gives is part of its rule family", () => {
  it("files a dismissal with its actor, target and date as complete, one without an actor as partial", () => {
    const { facts } = extract(
      "Lundi, la société Acme a limogé Paul Roux. Jeudi, Marc Petit a été limogé.",
    );
    const rules = facts.events.map((e) => e.rule.split("/").slice(0, 3).join("/"));
    expect(rules).toEqual(["event/dismissal/complete", "event/dismissal/partial"]);
  });

  it("files an event with no date as undated", () => {
    const { facts } = extract("Acme Corp fired chief executive Paul Ross.", {
      lang: "en",
      published: null,
    });
    expect(facts.events.map((e) => e.rule.split("/")[2])).toEqual(["undated"]);
  });
});

describe("names", () => {
  it("keeps the « 's » of a one-word business name never written without it", () => {
    const { entities } = extract(
      "Kohl's fired its chief executive on Thursday. Kohl's said the board acted alone.",
      { lang: "en" },
    );
    expect(entities.find((e) => e.name.startsWith("Kohl"))).toMatchObject({
      name: "Kohl's",
      kind: "organisation",
    });
  });

  it("drops a possessive's « 's » from a name also written without it", () => {
    const { entities } = extract("Boeing's board met. Boeing fired Paul Ross.", { lang: "en" });
    expect(entities.map((e) => e.name)).toContain("Boeing");
  });

  it("reads a two-word name ending with a trade (« General Electric ») as a company", () => {
    const { entities } = extract("General Electric a annoncé mardi la suppression de postes.");
    expect(entities.find((e) => e.name === "General Electric")?.kind).toBe("organisation");
  });
});

describe("figures", () => {
  it("gives « its staff » to the company the sentence is about, not the article's", () => {
    const { claims } = extract(
      "Airbnb cut 1,900 jobs. Airbnb has 7,500 employees. Lyft said last week it was letting go of 982 employees, or 17% of its staff.",
      { lang: "en" },
    );
    expect(claims.find((c) => c.value === 17)?.about).toBe("the share of Lyft employees' staff");
  });

  it("gives an age that opens the sentence to the person named after its comma", () => {
    const { claims } = extract(
      "Marie Durand a quitté le journal. Âgé de 34 ans, Paul Roux est un ami de Jean Martin.",
    );
    expect(claims.find((c) => c.value === 34)?.about).toBe("l'âge de Paul Roux");
  });

  it("reads no figure from a sentence that speaks to the reader", () => {
    const { claims } = extract("As a Rewards member at Acme, you earn 5% on every purchase.", {
      lang: "en",
    });
    expect(claims).toEqual([]);
  });

  it("labels a count of a group's own members without repeating the total", () => {
    const { claims } = extract(
      "Jeudi, les salariés d'Acme se sont mis en grève. Plus de 300 des 450 salariés ont cessé le travail.",
    );
    expect(claims.find((c) => c.value === 300)).toMatchObject({
      about: "le nombre des employés d'Acme",
      total: 450,
    });
  });
});

describe("quotations", () => {
  it("reads « soulignent-ils » as « ils », not « il »", () => {
    const { quotes } = extract(
      "Les syndicats d'Acme ont manifesté lundi. Paul Roux, le maire, était là.\n\n« Il s'agit d'une nouvelle épreuve pour la ville », soulignent-ils.",
    );
    expect(quotes.map((q) => q.speaker)).not.toContain("Paul Roux");
  });

  it("does not give a quotation with its own unresolved speech verb to the previous speaker", () => {
    const { quotes } = extract(
      "« Nous ne céderons pas sur les salaires », a déclaré Paul Roux.\n\n« C'est plus de la moitié des salariés qui vont perdre leur emploi », avaient souligné des élus locaux.",
    );
    expect(quotes).toEqual([
      { speaker: "Paul Roux", text: "Nous ne céderons pas sur les salaires" },
    ]);
  });

  it("closes a quotation opened with a straight mark at a curly one", () => {
    const { quotes } = extract(
      'Martin Winterkorn said in a statement: "Volkswagen has been, is and will always be my life. This is the only way to win back trust.” He left on Monday.',
      { lang: "en" },
    );
    expect(quotes.map((q) => q.text)).toEqual([
      "Volkswagen has been, is and will always be my life. This is the only way to win back trust.",
    ]);
  });
});

describe("more readings", () => {
  it("gives a writing's words to the subject of the sentence that brought it in", () => {
    const { quotes } = extract(
      'More than 3,000 Acme employees sent a letter to Paul Ross on Monday.\n\n"We believe that Acme should not build weapons," the letter states.',
      { lang: "en" },
    );
    expect(quotes).toEqual([
      { speaker: "Acme employees", text: "We believe that Acme should not build weapons" },
    ]);
  });

  it("ends a quotation whose closing mark was forgotten at « , said Name »", () => {
    const { quotes } = extract(
      '"As a leader, Pat helped launch the new plant, said Frank Yearly, the board chair, who will serve as interim chair.',
      { lang: "en" },
    );
    expect(quotes).toEqual([
      { speaker: "Frank Yearly", text: "As a leader, Pat helped launch the new plant" },
    ]);
  });

  it("reads no appointment that names no one appointed", () => {
    const { events } = extract(
      "Mr. Sessions was an adviser before being picked by President Trump to lead the department.",
      { lang: "en" },
    );
    expect(events.filter((e) => e.type === "appointment" && !e.target)).toEqual([]);
  });

  it("reads no investment in « une enquête menée par X »", () => {
    const { events } = extract(
      "Nestlé a indiqué que le départ fait suite à une enquête menée par Paul Bulcke.",
    );
    expect(events.filter((e) => e.type === "investment")).toEqual([]);
  });

  it("reads no founding in « a vendor founded by X »", () => {
    const { events } = extract(
      "Kohl's said Mr. Buchanan had the company do business with a vendor founded by a friend.",
      { lang: "en" },
    );
    expect(events.filter((e) => e.type === "founding")).toEqual([]);
  });

  it("reads a name that opens with small letters before a capital (xAI, eBay)", () => {
    const { entities } = extract("Elon Musk's xAI has been seeking to raise funding.", {
      lang: "en",
    });
    expect(entities.map((e) => e.name)).toContain("xAI");
  });

  it("keeps an unfinished last line that holds a finished sentence as text, cut where it stops", () => {
    const { quotes } = extract(
      "Paul Roux a parlé lundi.\n\n« Je reste », dit-il.\n\nEt d'ajouter : « j'entends le malaise et les critiques. C'est ce que j'ai dit hier au",
    );
    expect(quotes.map((q) => q.text)).toContain(
      "j'entends le malaise et les critiques. C'est ce que j'ai dit hier…",
    );
  });
});

describe("the day a strike has reached", () => {
  it("counts « onzième jour de grève des pilotes » as the pilots' days on strike", () => {
    const { claims } = extract(
      "Un constat qui se vérifie ce 25 septembre, onzième jour de grève des pilotes d'Air France.",
    );
    expect(claims).toEqual([
      {
        about: "le nombre de jours de grève des pilotes d'Air France",
        value: 11,
        qualifier: "exactly",
        unit: "jours",
      },
    ]);
  });

  it("gives « un treizième jour consécutif » to the sentence's strikers", () => {
    const { claims } = extract(
      "Les syndicats de Radio France ont décidé lundi de reconduire la grève pour un treizième jour consécutif.",
    );
    expect(claims.map((c) => [c.about, c.value])).toEqual([
      ["le nombre de jours de grève des syndicats de Radio France", 13],
    ]);
  });

  it("reads no days where no strike is told", () => {
    const { claims } = extract(
      "Les syndicats de Radio France se réunissent pour un treizième jour consécutif.",
    );
    expect(claims).toEqual([]);
  });
});
