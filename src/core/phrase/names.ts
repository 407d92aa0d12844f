import type { Entity, EntityKind, Language } from "../facts/model.js";
import { capitalize } from "../i18n/french.js";

/** An entity as a sentence names it, with what French agreement needs. */
export interface Named {
  id: string;
  text: string;
  gender: "m" | "f" | undefined;
  plural: boolean;
  kind: EntityKind;
}

const FRENCH_ARTICLE = /^(?:le|la|les)\s|^l['’]/i;
const FRENCH_WORDS = /^(?:le|la|les)\s|^l['’]|\b(?:d['’]|du|des|de la)\b/i;

/**
 * How a sentence in `lang` names an entity. A French pack read in English keeps its names,
 * except names that carry a French article (« les employés d'OpenAI »), which read wrong in an
 * English sentence: the pack's English alias is used when it has one ("OpenAI employees").
 */
export function named(entity: Entity, lang: Language, packLang: Language): Named {
  let text = entity.name;
  if (lang === "en" && packLang !== "en" && FRENCH_ARTICLE.test(text)) {
    text =
      entity.aliases.find((a) => /^the\s/i.test(a)) ??
      entity.aliases.find((a) => /\s/.test(a) && !FRENCH_WORDS.test(a)) ??
      text;
  }
  return {
    id: entity.id,
    text,
    gender: entity.gender,
    plural: entity.plural ?? false,
    kind: entity.kind,
  };
}

/** The name at the start of a sentence or as a choice: « Le conseil d'administration d'OpenAI ». */
export function asChoice(name: Named): string {
  return capitalize(name.text);
}

/**
 * The French subject pronoun that repeats a name in an inverted question (« Microsoft
 * a-t-elle »), or undefined when the pack does not give the gender of a singular name.
 */
export function pronoun(name: Named): string | undefined {
  if (name.plural) return name.gender === "f" ? "elles" : "ils";
  if (name.gender === "m") return "il";
  if (name.gender === "f") return "elle";
  return undefined;
}

/** The interrogative a question uses for an answer of this kind, and its gender. */
export interface Interrogative {
  text: string;
  gender: "m" | "f";
  /** True for "qui"/"who", whose agreement follows the choices rather than a noun. */
  person: boolean;
}

const INTERROGATIVES: Record<Language, Record<EntityKind, Interrogative>> = {
  fr: {
    person: { text: "qui", gender: "m", person: true },
    group: { text: "qui", gender: "m", person: true },
    organisation: { text: "quelle organisation", gender: "f", person: false },
    product: { text: "quel produit", gender: "m", person: false },
    place: { text: "quel lieu", gender: "m", person: false },
  },
  en: {
    person: { text: "who", gender: "m", person: true },
    group: { text: "who", gender: "m", person: true },
    organisation: { text: "which organisation", gender: "m", person: false },
    product: { text: "which product", gender: "m", person: false },
    place: { text: "which place", gender: "m", person: false },
  },
};

/** "qui", "quelle organisation", "quel produit"; "who", "which organisation". */
export function interrogativeFor(kind: EntityKind, lang: Language): Interrogative {
  return INTERROGATIVES[lang][kind];
}

/** Distractors are drawn from the same family as the answer: a person for a person. */
export type Family = "person" | "collective" | "product" | "place";

export function familyOf(kind: EntityKind): Family {
  if (kind === "organisation" || kind === "group") return "collective";
  return kind;
}
