import { fold } from "../../text/fold.js";

// Countries, continents, regions and capitals the press names most, in French and in English,
// folded. A name on this list is a place whatever the words around it say: "Toys R Us closed
// its stores in the United Kingdom" must not make the United Kingdom a company that was closed.
// Data, kept to names that are never a company's or a person's on their own.
const NAMES = `
France|Allemagne|Germany|Etats-Unis|United States|Royaume-Uni|United Kingdom|Grande-Bretagne|Britain|Great Britain|
Angleterre|England|Ecosse|Scotland|Irlande|Ireland|Chine|China|Japon|Japan|Inde|India|Russie|Russia|Italie|Italy|
Espagne|Spain|Canada|Mexique|Mexico|Bresil|Brazil|Argentine|Argentina|Belgique|Belgium|Suisse|Switzerland|
Pays-Bas|Netherlands|Luxembourg|Autriche|Austria|Australie|Australia|Israel|Ukraine|Pologne|Poland|Suede|Sweden|
Norvege|Norway|Danemark|Denmark|Finlande|Finland|Portugal|Grece|Greece|Turquie|Turkey|Egypte|Egypt|Maroc|Morocco|
Algerie|Algeria|Tunisie|Tunisia|Senegal|Nigeria|Afrique du Sud|South Africa|Coree du Sud|South Korea|Taiwan|
Singapour|Singapore|Vietnam|Indonesie|Indonesia|Arabie saoudite|Saudi Arabia|Iran|Irak|Iraq|Qatar|
Emirats arabes unis|United Arab Emirates|Europe|Asie|Asia|Afrique|Africa|Amerique|America|Amerique latine|
Latin America|Amerique du Nord|North America|Moyen-Orient|Middle East|Oceanie|Oceania|Californie|California|
Texas|Floride|Florida|Bretagne|Normandie|Alsace|Corse|Ile-de-France|Paris|Lyon|Marseille|Londres|London|Berlin|
Bruxelles|Brussels|Geneve|Geneva|Madrid|Rome|Pekin|Beijing|Shanghai|Tokyo|Moscou|Moscow|Kiev|Kyiv|
Silicon Valley|Wall Street
`;

export const PLACES: ReadonlySet<string> = new Set(
  NAMES.split(/[|\n]/)
    .map((n) => fold(n.trim()))
    .filter(Boolean),
);
