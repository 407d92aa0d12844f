import { stripAccents } from "../../text/fold.js";
import type { LanguageConfig } from "../config.js";

// Common first names of the French- and English-speaking press (and the European and American
// names it often prints), folded (lowercase, no accents), with the gender they most often have.
// A capitalised word among them opens a person's name: « Christine » in « la ministre de
// l'Economie Christine Lagarde » starts the person, and shows her gender for « elle ». General
// vocabulary, as a dictionary's list of first names is: no name here stands for one person.

const MALE =
  "aaron adam adrian adrien alain alan albert alberto alex alexander alexandre alexis alfred ali " +
  "alain andre andrea andreas andrew andy anthony antoine antonio armand arnaud arthur axel " +
  "baptiste barack ben benjamin benoit bernard bertrand bill bob boris brad bradley brandon brian " +
  "bruce bruno carl carlos cedric charles charlie chris christian christophe christopher claude " +
  "clement colin cyril cyrille damien daniel danny dave david denis didier dominique donald " +
  "douglas dylan eddie edouard edward emile emmanuel eric erik etienne eugene fabien fabrice " +
  "felix fernando florent florian francis francisco francois frank franck frederic gabriel " +
  "gareth gary gaston gautier geoffroy geoffrey george georges gerald gerard gilles giovanni " +
  "gregoire greg gregory guillaume gustave guy harry henri henry herve hugo hugues ian isaac " +
  "jack jacques jake james jan jason jean jeff jeffrey jeremy jerome jim jimmy joe joel johan " +
  "john johnny jonathan jordan jorge jose joseph joshua juan jules julien justin karl keith " +
  "kevin laurent leo leon leonard lionel louis luc luca lucas ludovic luke manuel marc marcel " +
  "marco mario mark martin mathieu matt matthew matthias matthieu maurice max maxime michael " +
  "michel mickael miguel mike mohamed nathan neil nicholas nick nicolas noel norbert olivier " +
  "omar oscar pablo pascal pat patrice patrick paul paulo pedro peter philip philipp philippe " +
  "pierre rafael ralph raphael ray raymond remi remy renaud rene richard rick rob robert " +
  "roberto robin rod roger roland romain ron ronald ross ryan sam samuel sebastien sergio serge " +
  "simon stanislas stephane stephen steve steven stuart sylvain ted theo thierry thomas tim " +
  "timothy todd tom tony tristan valentin victor vincent walter wayne william xavier yann " +
  "yannick yves";

const FEMALE =
  "adele agathe agnes alexandra alice alicia aline alison amanda amelie amy anais andrea angela " +
  "angelique anna anne annie ashley audrey aurelie barbara beatrice betty brigitte camille " +
  "carla carmen caroline catherine cecile celine charlotte chloe christine claire clara " +
  "claudia claudine colette corinne cynthia danielle delphine denise diane dominique elena " +
  "elise elizabeth ella ellen elodie eloise emilie emily emma emmanuelle estelle eva eve " +
  "fabienne florence francoise frederique gabrielle genevieve helen helene ines irene isabel " +
  "isabelle jacqueline jane janet jeanne jennifer jessica joan josephine judith julia julie " +
  "juliette karen kate katherine kelly kim laura laure laurence lea lena linda lisa louise lucie " +
  "lucy madeleine manon margaret marguerite maria marianne marie marine marion martha martine " +
  "mary mathilde maud melanie meg megan michele michelle monique nadia nancy natalie nathalie " +
  "nicole nina noemie oceane olivia pascale patricia pauline rachel rebecca rose sabine sandra " +
  "sandrine sarah segolene sharon sophie stephanie susan suzanne sylvie valerie vanessa " +
  "veronique victoria virginie yvonne zoe";

function table(words: string, gender: "f" | "m"): [string, "f" | "m"][] {
  return words.split(" ").map((w) => [w, gender]);
}

/** First names, folded, with their most frequent gender. */
export const FIRST_NAMES: ReadonlyMap<string, "f" | "m"> = new Map([
  ...table(MALE, "m"),
  ...table(FEMALE, "f"),
]);

/** The usual gender of a first name (« Jean-Marc » by its first part), or undefined. */
export function firstName(
  word: string,
  cfg: Pick<LanguageConfig, "firstNames">,
): "f" | "m" | undefined {
  const folded = stripAccents(word.toLowerCase());
  return cfg.firstNames.get(folded) ?? cfg.firstNames.get(folded.split("-")[0]!);
}
