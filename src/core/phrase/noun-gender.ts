import { letterRunEnd } from "../text/letters.js";

// The gender of French nouns that head descriptions and figures, so that « l'âge » asks
// « Quel est » and « version du modèle » takes « la ». Data, kept short: a noun not listed is
// written in a form that needs no gender.
const GENDER: Record<string, "m" | "f"> = {
  // what figures count
  âge: "m",
  achat: "m",
  apport: "m",
  délai: "m",
  effectif: "m",
  emprunt: "m",
  endettement: "m",
  écart: "m",
  excédent: "m",
  impôt: "m",
  investissement: "m",
  montant: "m",
  nombre: "m",
  objectif: "m",
  prix: "m",
  taux: "m",
  temps: "m",
  aide: "f",
  ampleur: "f",
  amende: "f",
  audience: "f",
  augmentation: "f",
  durée: "f",
  économie: "f",
  enveloppe: "f",
  épargne: "f",
  estimation: "f",
  inflation: "f",
  offre: "f",
  dette: "f",
  perte: "f",
  prime: "f",
  provision: "f",
  rémunération: "f",
  indemnité: "f",
  subvention: "f",
  "levée de fonds": "f",
  "caisse de grève": "f",
  coût: "m",
  salaire: "m",
  bénéfice: "m",
  déficit: "m",
  budget: "m",
  bonus: "m",
  dividende: "m",
  "chiffre d'affaires": "m",
  part: "f",
  somme: "f",
  valorisation: "f",
  // what organisations, groups and products are
  assistant: "m",
  cabinet: "m",
  concurrent: "m",
  constructeur: "m",
  éditeur: "m",
  fabricant: "m",
  fonds: "m",
  gouvernement: "m",
  groupe: "m",
  journal: "m",
  logiciel: "m",
  média: "m",
  ministère: "m",
  modèle: "m",
  parti: "m",
  réseau: "m",
  robot: "m",
  service: "m",
  site: "m",
  syndicat: "m",
  agence: "f",
  application: "f",
  association: "f",
  banque: "f",
  chaîne: "f",
  compagnie: "f",
  entreprise: "f",
  filiale: "f",
  firme: "f",
  ia: "f",
  instance: "f",
  marque: "f",
  organisation: "f",
  plateforme: "f",
  puce: "f",
  société: "f",
  "start-up": "f",
  startup: "f",
  version: "f",
};

/**
 * A French noun (as a whole) with its gender and whether it is the plural of a known noun
 * (« économies »), or undefined when it is not a known one.
 */
export function knownNoun(noun: string): { gender: "m" | "f"; plural: boolean } | undefined {
  const lower = noun.toLowerCase().trim();
  const own = GENDER[lower];
  if (own) return { gender: own, plural: false };
  const singular = /[sx]$/.test(lower) ? GENDER[lower.slice(0, -1)] : undefined;
  return singular ? { gender: singular, plural: true } : undefined;
}

/** The gender of the noun a French phrase starts with, when it is a known one. */
export function nounGender(phrase: string): "m" | "f" | undefined {
  // What /^[\p{L}-]+/u takes, without building a Unicode class on a first call.
  const lower = phrase.toLowerCase();
  const head = lower.slice(0, letterRunEnd(lower, 0, false, true));
  return head ? knownNoun(head)?.gender : undefined;
}
