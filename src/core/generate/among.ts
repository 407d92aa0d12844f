import type { Language } from "../facts/model.js";
import { capitalize } from "../i18n/french.js";

const AMONG: Record<Language, string> = { fr: "parmi ces propositions", en: "of these" };

/**
 * « Parmi ces propositions, qui … ? »: said when the facts give more than one true answer to
 * the prompt. Only one of them is offered, so the question stays fair, and the prompt says that
 * it asks which of the choices, not who in the world.
 */
export function amongThese(prompt: string, lang: Language): string {
  const lead = /^([^,?]+), (.*)$/s.exec(prompt);
  // A prompt that starts with its date keeps it first: « Le 20 novembre, parmi ces … ».
  if (lead && /\d/.test(lead[1]!)) return `${lead[1]}, ${AMONG[lang]}, ${lead[2]}`;
  return `${capitalize(AMONG[lang])}, ${prompt.charAt(0).toLocaleLowerCase(lang) + prompt.slice(1)}`;
}
