import type { Language } from "../../../i18n/language.js";
import type { MessageKey } from "../../../i18n/msg.js";
import { aboutOf } from "../../../languages/registry.js";
import type { ReadReply } from "../answer-type.js";

/** A number as a reader types it, in the language's writing: spaces group, comma or dot marks decimals. */
export function parseNumber(text: string, lang: Language): number | undefined {
  let s = text.replace(/[\s\u00a0\u202f]/g, "");
  // Where a comma groups thousands (English), a comma before three digits is one.
  if (aboutOf(lang).typography.groupSeparator === ",") s = s.replace(/,(?=\d{3}(?:\D|$))/g, "");
  s = s.replace(",", ".");
  const match = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)/.exec(s);
  if (!match) return undefined;
  const value = Number(match[0]);
  return Number.isFinite(value) ? value : undefined;
}

/** Numbers from 1 to max separated by commas or spaces; undefined if anything else is there. */
export function numbers(text: string, max: number): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const ns = parts.map(Number);
  if (ns.some((n) => !Number.isInteger(n) || n < 1 || n > max)) return undefined;
  return ns;
}

/** One number from 1 to max, and nothing else. */
export function oneNumber(text: string, max: number): number | undefined {
  const ns = numbers(text, max);
  return ns?.length === 1 ? ns[0] : undefined;
}

/** A line refused, with the message that says how to type it. */
export function refused(key: MessageKey, vars: Record<string, number>): ReadReply<never> {
  return { kind: "error", key, vars };
}
