import { a, de } from "./french.js";

/** Joins a phrase to its preposition, with French contraction: « du conseil », « aux employés ». */
export function attach(prep: string, text: string): string {
  if (prep === "") return text;
  if (prep === "de") return de(text);
  if (prep === "à") return a(text);
  if (prep.endsWith(" de")) return `${prep.slice(0, -3)} ${de(text)}`;
  if (prep.endsWith(" à")) return `${prep.slice(0, -2)} ${a(text)}`;
  return `${prep} ${text}`;
}
