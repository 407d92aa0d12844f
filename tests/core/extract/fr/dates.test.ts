import { describe, expect, it } from "vitest";
import { datesIn } from "../../../helpers/extract.js";

// Reference date of every test: Tuesday 21 November 2023.
describe("French dates", () => {
  it("reads full dates and weekdays against the reference date", () => {
    expect(datesIn("Le lancement a eu lieu le 30 novembre 2022 à Paris.")).toEqual([
      { text: "30 novembre 2022", date: "2022-11-30" },
    ]);
    expect(datesIn("Le patron a été renvoyé vendredi par le conseil.")).toEqual([
      { text: "vendredi", date: "2023-11-17" },
    ]);
    expect(datesIn("Lundi, les salariés ont voté la grève.")).toEqual([
      { text: "Lundi,", date: "2023-11-20" },
    ]);
    expect(datesIn("Le message daté du 19 novembre a circulé.")).toEqual([
      { text: "19 novembre", date: "2023-11-19" },
    ]);
  });

  it("reads what chrono misses: years, months, « fin 2015 », « en mars »", () => {
    expect(datesIn("En 2019, la banque a racheté son concurrent.")).toEqual([
      { text: "En 2019", date: "2019" },
    ]);
    expect(datesIn("Fondée fin 2015 à Lyon, la société compte 40 salariés.")).toEqual([
      { text: "fin 2015", date: "2015" },
    ]);
    expect(datesIn("En janvier 2023, le groupe a changé de nom.")).toEqual([
      { text: "En janvier 2023", date: "2023-01" },
    ]);
    expect(datesIn("Elle a dirigé la chaîne jusqu'en mars.")).toEqual([
      { text: "jusqu'en mars", date: "2023-03" },
    ]);
    expect(datesIn("La fusion sera effective en mars prochain.")).toEqual([
      { text: "en mars prochain", date: "2024-03" },
    ]);
  });

  it("dates « trois jours après son limogeage » from the sentence's own date", () => {
    expect(
      datesIn(
        "Ce lundi 20 novembre 2023, le groupe l'a embauché, trois jours après son limogeage.",
      ),
    ).toEqual([
      { text: "Ce lundi 20 novembre 2023", date: "2023-11-20" },
      { text: "trois jours après son limogeage", date: "2023-11-17" },
    ]);
    expect(datesIn("Jeudi, à la veille de son départ, il a parlé.")).toEqual([
      { text: "Jeudi,", date: "2023-11-16" },
      { text: "à la veille de son départ", date: "2023-11-17" },
    ]);
  });

  it("does not read names or words as dates", () => {
    expect(datesIn("Sam Altman a quitté la société.")).toEqual([]);
    expect(datesIn("Il a refusé de jouer le jeu.")).toEqual([]);
    expect(datesIn("La réunion a commencé à midi.")).toEqual([]);
    expect(datesIn("Il y a quelques jours, tout allait bien.")).toEqual([]);
    expect(datesIn("Le chef Mar Torres a ouvert un restaurant.")).toEqual([]);
  });

  it("keeps relative dates out when no reference date is known", () => {
    expect(datesIn("Le patron a été renvoyé vendredi.", { published: null })).toEqual([]);
    expect(datesIn("Le 30 novembre 2022, le robot a été lancé.", { published: null })).toEqual([
      { text: "30 novembre 2022", date: "2022-11-30" },
    ]);
  });
});
