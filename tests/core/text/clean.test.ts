import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../../src/core/text/clean.js";

const body = (raw: string) => cleanArticle(raw).paragraphs.map((p) => p.text);
const ARTICLE =
  "La société Acme a annoncé lundi la fermeture de son usine de Lyon, qui emploie 300 personnes depuis vingt ans. Les syndicats dénoncent une décision brutale et appellent à la grève dès jeudi matin.";

describe("cleaning an article", () => {
  it("drops the reader comments from the first « avatar NAME | » header on", () => {
    const raw = `${ARTICLE}\n\navatar lecteur42 | \n\nMoi je dis que 5000 emplois vont disparaître !\n\navatar Bob | \n\n@lecteur42\n\nN'importe quoi.`;
    expect(body(raw)).toEqual([ARTICLE]);
    expect(cleanArticle(raw).dropped[0]!.reason).toMatch(/comment/);
  });

  it("drops « @name » replies, « Lire aussi » links with their list, captions and footers", () => {
    const raw = [
      "Home » Économie » Acme ferme Lyon",
      "",
      "Acme ferme Lyon",
      "",
      ARTICLE,
      "Le directeur pose devant l'usine (photo Jean Dupont/AFP).",
      "@marc, vous avez tort",
      "Lire aussi :",
      "– Acme rachète un concurrent",
      "– Les usines ferment",
      "",
      "La préfecture suit le dossier de près et recevra les représentants du personnel vendredi.",
      "Related Posts",
      "Un autre article sans rapport.",
    ].join("\n");
    const cleaned = cleanArticle(raw);
    expect(cleaned.title).toBe("Acme ferme Lyon");
    expect(body(raw)).toEqual([
      ARTICLE,
      "La préfecture suit le dossier de près et recevra les représentants du personnel vendredi.",
    ]);
    expect(cleaned.captions).toEqual(["Le directeur pose devant l'usine (photo Jean Dupont/AFP)."]);
  });

  it("drops an advertising slot's label, before the title or inside the text", () => {
    const top = cleanArticle(`Advertisement\n\n${ARTICLE}`);
    expect(top.paragraphs.map((p) => p.text)).toEqual([ARTICLE]);
    expect(top.dropped).toEqual([
      {
        text: "Advertisement",
        reason: 'advertising slot\'s label (« Publicité », "Advertisement")',
      },
    ]);
    expect(body(`${ARTICLE}\n\nPublicité\n\nLa suite après cette publicité\n\n${ARTICLE}`)).toEqual(
      [ARTICLE, ARTICLE],
    );
    // A sentence about advertising stays.
    expect(body("Advertisement revenue fell by a third.")).toEqual([
      "Advertisement revenue fell by a third.",
    ]);
  });

  it("reads the byline and its date, and an author line « Name | »", () => {
    const cleaned = cleanArticle(`Par Léa Martin, publié le 15 mars 2024\n\n${ARTICLE}`);
    expect(cleaned.metaLines).toEqual(["Par Léa Martin, publié le 15 mars 2024"]);
    expect(cleanArticle(`Titre court\n\nLéa Martin |\n\n${ARTICLE}`).author).toBe("Léa Martin");
  });

  it("strips a run-in heading and marks headings as not sentences", () => {
    const cleaned = cleanArticle(
      `${ARTICLE}\nLa riposte des syndicats\nPlan social – Lundi, la direction a reçu les syndicats.`,
    );
    expect(cleaned.paragraphs).toEqual([
      { text: ARTICLE, heading: false },
      { text: "La riposte des syndicats", heading: true },
      { text: "Lundi, la direction a reçu les syndicats.", heading: false },
    ]);
  });

  it("does not let a menu or cookie banner at the top swallow the article", () => {
    expect(body(`Cookies : nous utilisons des traceurs\nPartager\n${ARTICLE}`)).toEqual([ARTICLE]);
  });

  it("removes terminal escape sequences from the text", () => {
    expect(body(`${ARTICLE}\u001b[31m rouge\u001b[0m.`)).toEqual([`${ARTICLE} rouge.`]);
  });
});
