import { describe, expect, it } from "vitest";
import { extract } from "../../helpers/extract.js";

const en = { lang: "en" as const };

/** Each named entity of the text with the posts read for it, in order of appearance. */
function posts(text: string, options?: { lang: "en" }): [string, string[]][] {
  return extract(text, options)
    .entities.filter((e) => e.descriptions.length > 0)
    .map((e) => [e.name, e.descriptions]);
}

// A post read before a name becomes "Who is X?" questions: a phrase that is not that name's post
// must give none.
describe("a post written before a name", () => {
  it("is the name's post when the phrase is the post and its complement", () => {
    expect(
      posts("The board thanked the former chief executive of Corvane Lea Martin.", en),
    ).toEqual([["Lea Martin", ["former chief executive of Corvane"]]]);
    expect(posts("Le conseil a salué le directeur financier d'Acme Paul Roux hier.")).toEqual([
      ["Paul Roux", ["directeur financier d'Acme"]],
    ]);
  });

  it("is no post once the phrase has left it for a clause or a possessive", () => {
    expect(
      posts(
        "Officials said the president also acted on the advice of Deputy Minister Lea Martin on Friday.",
        en,
      ),
    ).toEqual([]);
    expect(
      posts("She criticised the Director’s handling of the inquiry of Senator Paul Roux.", en),
    ).toEqual([]);
    expect(
      posts(
        "Lea Martin was an adviser to the Vance campaign before being hired by Governor Paul Roux.",
        en,
      ),
    ).toEqual([]);
  });

  it("is no post when the phrase ends on a determiner or a conjunction", () => {
    expect(posts("Mr. Roux was an adviser to the Vance campaign in Ohio.", en)).toEqual([]);
    expect(posts("Les relations entre la dirigeante et Paul Roux se sont tendues.")).toEqual([]);
  });

  it("is no post of a name the post's common noun names, nor of an acronym that qualifies it", () => {
    expect(
      posts("Il a dirigé la rédaction de l'hebdomadaire satirique Gazette pendant dix ans."),
    ).toEqual([]);
    expect(posts("Un délégué syndical CGT-FO, joint par téléphone, a dénoncé le plan.")).toEqual(
      [],
    );
    expect(posts("La députée LFI Léa Martin a interpellé le ministre.")).toEqual([
      ["Léa Martin", ["députée LFI"]],
    ]);
  });
});
