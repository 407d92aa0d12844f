import type { GroupRule, InstitutionRule, KindCue, RoleRule } from "../../../extract/config.js";
import { calendarNames } from "../../../extract/shared/calendar-words.js";
import { ENGLISH_ORG_SUFFIXES } from "../../../extract/shared/org-suffixes.js";

// Capitalised words that are not names: sentence openers, determiners, pronouns, weekdays and
// months (dates, read by the date parsers; from calendarNames), and acronyms of common nouns (« IA », « PDG »).
export const FR_NAME_STOPWORDS: ReadonlySet<string> = new Set(
  [
    "le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je tu j",
    "mais et ou or donc car ni si s quand lorsque lorsqu puis alors après apres avant depuis pendant",
    "selon pour par sur sous dans avec sans chez entre vers malgré malgre grâce grace face dès des",
    "comme que qu qui quoi dont où ou quel quelle quels quelles tout toute tous toutes plus moins",
    "très tres aussi ainsi encore déjà deja enfin pourtant toutefois cependant néanmoins voici voilà",
    "oui non ça cela ceci celui celle ceux son sa ses leur leurs mon ma mes notre nos votre vos au aux",
    "à a en y peu bien mieux même meme autre autres certains certaines plusieurs chaque aucun aucune",
    "un deux trois quatre cinq six sept huit neuf dix premier première dernier dernière nouveau",
    "nouvelle nouvel ex parmi outre quant hier aujourd demain ici là la-bas cet sauf contre",
    "ia ai pdg ceo dg ca rh tv pme bref reste fin mise était etait est sont fut c n m",
    "état etat internet web monde tech pourquoi comment combien quoi voici sacré",
  ]
    .join(" ")
    .split(" ")
    .concat(calendarNames("fr")),
);

// Honorifics, folded and without their period, with the gender they show.
export const FR_HONORIFICS: ReadonlyMap<string, "f" | "m" | undefined> = new Map([
  ["m", "m"],
  ["mm", "m"],
  ["mme", "f"],
  ["mmes", "f"],
  ["mlle", "f"],
  ["dr", undefined],
  ["pr", undefined],
  ["me", undefined],
]);

/** Role nouns: a name next to one is a person; feminine forms give the gender. */
export const FR_ROLES: readonly RoleRule[] = [
  { match: "pdg|ceo|dg|directeur general|directrice generale", reason: "chief executive" },
  {
    match:
      "directeur|president|fondateur|cofondateur|co-fondateur|patron|dirigeant|chercheur|administrateur|vice-president|entrepreneur|investisseur|ingenieur|avocat|ministre|depute|senateur|maire|chef|scientifique|responsable|porte-parole|numero \\d+|membre|analyste|journaliste|createur|associe|conseiller|secretaire|tresorier|economiste|employe|entraineur|selectionneur|joueur|capitaine|adjoint|delegue|procureur|juge|prefet|ambassadeur|commissaire|gouverneur|redacteur en chef|animateur|realisateur|acteur|ecrivain",
    reason: "role noun",
  },
  {
    match:
      "directrice|presidente|fondatrice|cofondatrice|co-fondatrice|patronne|dirigeante|chercheuse|administratrice|vice-presidente|entrepreneuse|investisseuse|ingenieure|avocate|deputee|senatrice|cheffe|analyste|creatrice|associee|conseillere|secretaire generale|tresoriere|employee|entraineuse|selectionneuse|joueuse|adjointe|deleguee|procureure|prefete|ambassadrice|gouverneure|redactrice en chef|animatrice|realisatrice|actrice|ecrivaine",
    gender: "f",
    reason: "feminine role noun shows the person is a woman",
  },
];

/** Role nouns an organisation may bear too: no sign of a person before a name. */
export const FR_SHARED_ROLES: ReadonlySet<string> = new Set([
  ..."investisseur investisseuse associe associee membre createur creatrice joueur joueuse employe employee analyste entrepreneur entrepreneuse chef responsable patron patronne dirigeant dirigeante".split(
    " ",
  ),
  "numero \\d+",
]);

export const FR_ROLE_MODIFIERS =
  "ancien|ancienne|ex|nouveau|nouvelle|actuel|actuelle|futur|future|premier|premiere";

/** Words before a name that tell its kind. */
export const FR_KIND_CUES: readonly KindCue[] = [
  {
    match:
      "(?:la |l'|de la |de l'|une )(?:societe|entreprise|firme|start-up|startup|multinationale|banque|agence|organisation|association|plateforme|compagnie|chaine|radio)(?: (?!par |pour )[a-z-]+){0,3}",
    kind: "organisation",
    weight: 3,
    reason: "« la société X », « la start-up X »",
  },
  {
    match:
      "(?:le |l'|du |de l'|un )(?:groupe|geant|constructeur|editeur|fabricant|cabinet|fonds|media|site|journal|quotidien|magazine|reseau social|operateur|studio|laboratoire|syndicat|parti|ministere|club)(?: (?!par |pour )[a-z-]+){0,3}",
    kind: "organisation",
    weight: 3,
    reason: "« le groupe X », « le journal X »",
  },
  {
    match: "chez|rejoindre|rejoint|rejoignent|rejoindront|rejoindrait",
    kind: "organisation",
    weight: 1.5,
    reason: "« chez X », « rejoindre X »: an employer",
  },
  {
    match:
      "(?:le |l'|la |du |de la |de l'|un |une )(?:assistant|robot conversationnel|chatbot|modele|logiciel|application|appli|service|outil|moteur de recherche|messagerie|suite|systeme|puce|processeur|console|smartphone|telephone|voiture)(?: (?!par |pour )[a-z-]+){0,3}",
    kind: "product",
    weight: 3,
    reason: "« l'assistant X », « la puce X »",
  },
  {
    match: "en|dans la|dans le",
    kind: "place",
    weight: 0.5,
    reason: "« en Californie », « dans la Silicon Valley »",
  },
];

export const FR_ORG_SUFFIXES: ReadonlySet<string> = new Set([
  ...ENGLISH_ORG_SUFFIXES,
  // French ones, and institutions named by their last word.
  ...[
    "Groupe SA SAS Banque Presse Médias Fondation Institut Université Énergie Assurances Immobilier",
    "Transports Télécom Télévisions Télévision Parti Syndicat Finances Europe International",
  ]
    .join(" ")
    .split(" "),
]);

/** First words that make a name an organisation: « Conseil supérieur de… », « Banque de France ». */
export const FR_ORG_HEADS: ReadonlySet<string> = new Set(
  "Conseil Comité Commission Cour Tribunal Assemblée Sénat Ministère Fédération Confédération Union Syndicat Association Institut Agence Autorité Office Banque Caisse Crédit Groupe Société Compagnie Fondation Université Radio Parti Mouvement Direction Chambre Régie Établissement".split(
    " ",
  ),
);

/**
 * French writes an institution with one capital, on its first word (« Cour des comptes »,
 * « Conseil supérieur de l'audiovisuel », « Banque centrale européenne »): such a name goes on
 * after its head through small-letter adjectives and complements. The heads are the nouns
 * institutions are named by, never the institutions themselves.
 */
export const FR_INSTITUTIONS: InstitutionRule = {
  heads: [
    "Conseil|Haut Conseil|Cour|Tribunal|Parquet|Autorité|Haute autorité|Commission|Comité",
    "Agence|Office|Institut|Observatoire|Académie|École|Ecole|Banque|Caisse|Assemblée|Ministère",
    "Haut-Commissariat|Haut-commissariat|Direction générale|Inspection générale",
    "Fédération|Confédération|Union|Chambre|Syndicat",
  ].join("|"),
  // « constitutionnel », « nationale », « européenne », « supérieur », « économique »,
  // « judiciaire », « administratif », « financier », « suprême », and their plurals.
  adjectiveEndings:
    "el|elle|al|ale|aux|ien|ienne|éen|éenne|ique|ais|aise|ois|oise|aire|if|ive|ieur|ieure|ier|ière|ême",
  links: "de la |de l['’]|des |du |de |d['’]|aux ",
  // « la Commission explique que », « le Conseil rappelle les faits », « la Cour appelle à »:
  // what follows a verb, never an adjective of a name.
  verbSigns:
    "que|qu['’]|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|ces|à|au|en|y|se|s['’]|ne|n['’]|pas|plus",
  // Verbs that end as those adjectives do and follow their subject with nothing to tell them.
  verbs:
    "explique|indique|applique|critique|communique|revendique|signale|rappelle|appelle|renouvelle|arrive|suive",
  maxComplements: 3,
};

export const FR_GENERIC_HEADS: ReadonlySet<string> = new Set(
  "Société Groupe Compagnie Entreprise Association Syndicat".split(" "),
);

/** Groups of people named by a common noun, tied to their organisation. */
export const FR_GROUPS: readonly GroupRule[] = [
  {
    match: "conseil d'administration",
    group: "board",
    kind: "group",
    plural: false,
    gender: "m",
    reason: "the board of directors",
  },
  {
    match:
      "conseil(?<=(?:le|du|au) conseil)(?! (?:de|des|d'|du|municipal|regional|constitutionnel|d'etat|europeen|d'administration))",
    group: "board",
    kind: "group",
    plural: false,
    gender: "m",
    reason: "« le conseil » alone, in an article about a company, is its board",
  },
  {
    match: "ca(?<=(?:le|du|au) ca)",
    original: /^CA$/,
    group: "board",
    kind: "group",
    plural: false,
    gender: "m",
    reason: "« le CA »: conseil d'administration",
  },
  {
    match:
      "employes|salaries|personnel(?<=(?:le|du|son) personnel)|collaborateurs(?<=(?:\\d|des|les|ses) collaborateurs)",
    group: "employees",
    kind: "group",
    plural: true,
    gender: "m",
    reason: "the staff of a company",
  },
  {
    // Named by their own noun: « les pilotes d'Air France » are not all its employees.
    match:
      "pilotes|syndicats|organisations syndicales|journalistes|redaction|personnels|grevistes|syndicalistes|ouvriers|cheminots|controleurs aeriens|hotesses et stewards|enseignants|medecins|infirmiers|chauffeurs|conducteurs|techniciens|elus locaux|elus|actionnaires|adherents",
    group: "people",
    kind: "group",
    plural: true,
    gender: "m",
    reason: "people of an organisation named by what they do",
  },
];

export const FR_COMPANY_REFERENCE =
  "l'entreprise|la start-up|la startup|la societe|le groupe|la firme|le club|la compagnie|l'operateur|le constructeur|l'enseigne|le distributeur|le fabricant|la banque|l'assureur|l'editeur|le laboratoire|l'equipementier|le transporteur";

/** « le conseil d'administration d'OpenAI », « les employés d'OpenAI ». */
export function frGroupName(
  group: string,
  org: string | undefined,
  of: (s: string) => string,
  noun = "",
): string {
  const article = /^redaction/i.test(noun) || noun.startsWith("réd") ? "la" : "les";
  const base =
    group === "board"
      ? "le conseil d'administration"
      : group === "people"
        ? `${article} ${noun}`
        : "les employés";
  return org ? `${base} ${of(org)}` : base;
}
