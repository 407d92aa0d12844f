import type { Entity, EntityKind, Language } from "../facts/model.js";
import { capitalize } from "../text/capitalize.js";

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

/**
 * How a sentence in `lang` names an entity. Proper names (« Sam Altman », « OpenAI ») read the
 * same in every language; a name written as a phrase of the pack's language, which starts in
 * lower case (« les employés d'OpenAI », "the Acme board"), is its translation when the pack
 * gives one, else an alias that reads as that language ("OpenAI employees"), else foreign.
 */
export function named(
  entity: Entity,
  lang: Language,
  packLang: Language,
  aliasOf: (entity: Entity) => string | undefined,
): Named {
  let text = entity.name;
  let foreign = false;
  if (lang !== packLang) {
    const translated = entity.translations?.[lang]?.name;
    if (translated) text = translated;
    else if (startsLowerCase(text)) {
      const alias = aliasOf(entity);
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

/** True when the text starts with a lower-case letter: a phrase, not a proper name. */
export function startsLowerCase(text: string): boolean {
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

/** Distractors are drawn from the same family as the answer: a person for a person. */
export type Family = "person" | "collective" | "product" | "place";

export function familyOf(kind: EntityKind): Family {
  if (kind === "organisation" || kind === "group") return "collective";
  return kind;
}
