import type { Language } from "../facts/model.js";
import { phrasingOf } from "../languages/phrasings.js";
import { capitalize } from "../text/capitalize.js";

/**
 * « Parmi ces propositions, qui … ? »: said when the facts give more than one true answer to
 * the prompt. Only one of them is offered, so the question stays fair, and the prompt says that
 * it asks which of the choices, not who in the world.
 */
export function amongThese(prompt: string, lang: Language): string {
  const among = phrasingOf(lang).among;
  const lead = /^([^,?]+), (.*)$/s.exec(prompt);
  // A prompt that starts with its date keeps it first: « Le 20 novembre, parmi ces … ».
  if (lead && /\d/.test(lead[1]!)) return `${lead[1]}, ${among}, ${lead[2]}`;
  return `${capitalize(among)}, ${prompt.charAt(0).toLocaleLowerCase(lang) + prompt.slice(1)}`;
}
