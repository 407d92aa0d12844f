import { isLanguage, type Language } from "../i18n/language.js";

/** The reader's settings that outlive a run. */
export interface Settings {
  v: 1;
  /** Certainty mode: after each answer the reader says how sure they were (off by default). */
  certainty: boolean;
  /** The interface's language, when the reader chose one (else the environment's). */
  lang?: Language;
  /** A setting added by a newer newsquiz: kept as it is when this one saves the file. */
  [other: string]: unknown;
}

/** Settings when nothing was saved. */
export const DEFAULT_SETTINGS: Settings = { v: 1, certainty: false };

/**
 * Settings read from a saved value; undefined when the value is not settings of this version.
 * Checked by hand, not with zod: the home screen reads them, and must not load a parser.
 */
export function parseSettings(value: unknown): Settings | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  if (fields.v !== 1) return undefined;
  if (fields.certainty !== undefined && typeof fields.certainty !== "boolean") return undefined;
  if (fields.lang !== undefined && !isLanguage(fields.lang)) return undefined;
  return { ...fields, v: 1, certainty: fields.certainty ?? false };
}
