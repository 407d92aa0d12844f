// Numbers as each language writes them, apart from format.ts (dates, claims) so that what
// needs only numbers does not depend on the pack model.
import { aboutOf } from "../languages/registry.js";
import type { Language } from "./language.js";

/** A non-breaking space: keeps "90 %" and "13 000" on one line in French. */
export const NBSP = "\u00a0";

/** A number with the language's digit grouping: 13 000 and 94,6 in French, 13,000 and 94.6 in English. */
export function formatNumber(value: number, lang: Language): string {
  const { groupSeparator, decimalSeparator } = aboutOf(lang).typography;
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  const sign = rounded < 0 ? "-" : "";
  return sign + grouped + (fraction ? decimalSeparator + fraction : "");
}

/** "67%", "67 %" (French puts a non-breaking space before the sign). */
export function percent(ratio: number, lang: Language): string {
  return withPercent(String(Math.round(ratio * 100)), lang);
}

/** A number already written, and the per cent sign as the language puts it after one. */
export function withPercent(number: string, lang: Language): string {
  return `${number}${aboutOf(lang).typography.percentSpace}%`;
}
