import type { Entity, EntityKind, Language } from "../facts/model.js";
import { capitalize } from "../i18n/french.js";

/** An entity as a sentence names it, with what French agreement needs. */
export interface Named {
  id: string;
  text: string;
  gender: "m" | "f" | undefined;
  plural: boolean;
  kind: EntityKind;
  /**
   * True when the name is a phrase of the pack's language that the language being written has
   * no words for (« les employés d'OpenAI » in English, with no translation): a sentence that
   * needs it is not written.
   */
  foreign?: boolean;
}

const FRENCH_WORDS = /^(?:le|la|les)\s|^l['’]|\b(?:d['’]|du|des|de la)\b/i;

/**
 * How a sentence in `lang` names an entity. Proper names (« Sam Altman », « OpenAI ») read the
 * same in every language; a name written as a phrase of the pack's language, which starts in
 * lower case (« les employés d'OpenAI », "the Acme board"), is its translation when the pack
 * gives one, else an alias that reads as that language ("OpenAI employees"), else foreign.
 */
export function named(entity: Entity, lang: Language, packLang: Language): Named {
  let text = entity.name;
  let foreign = false;
  if (lang !== packLang) {
    const translated = entity.translations?.[lang]?.name;
    if (translated) text = translated;
    else if (startsLowerCase(text)) {
      const alias =
        lang === "en"
          ? (entity.aliases.find((a) => /^the\s/i.test(a)) ??
            entity.aliases.find(
              (a) => /\s/.test(a) && !FRENCH_WORDS.test(a) && !startsLowerCase(a),
            ))
          : undefined;
      if (alias) text = alias;
      else foreign = true;
    }
  }
  return {
    id: entity.id,
    text,
    gender: entity.gender,
    plural: entity.plural ?? false,
    kind: entity.kind,
    ...(foreign ? { foreign } : {}),
  };
}

function startsLowerCase(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLocaleUpperCase() && first === first.toLocaleLowerCase();
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
