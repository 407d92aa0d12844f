import type { Language } from "../i18n/language.js";
import { said } from "../i18n/msg.js";
import { aiken } from "./aiken/about.js";
import { anki } from "./anki/about.js";
import type { FormatAbout } from "./format.js";
import { gift } from "./gift/about.js";
import { json } from "./json/about.js";
import { xml } from "./xml/about.js";

/**
 * Every interchange format, one folder each, in the order messages list them. A format is added
 * here, with its import, and nowhere else (docs/ARCHITECTURE.md). Only what each format's
 * `about.ts` says is loaded with this list: the command line reads it to start, and the readers
 * and writers come with `formats.ts` when a file is read or written.
 */
export const FORMATS = [gift, xml, aiken, anki, json] as const;

type Format = (typeof FORMATS)[number];

/** Formats `newsquiz import` reads. */
export const importFormats = FORMATS.filter((f) => f.reads).map((f) => f.id as ImportFormat);
export type ImportFormat = Format["id"];

/** Formats `newsquiz export` writes. */
export const exportFormats = FORMATS.filter((f) => f.writes).map((f) => f.id as ExportFormat);
export type ExportFormat = Format["id"];

/** What a format is called in messages in the language. */
export function formatName(id: ImportFormat | ExportFormat, lang: Language): string {
  const { title } = aboutOf(id);
  return typeof title === "string" ? title : said(lang, title);
}

/** The format named by its id, as its `about.ts` says it. */
export function aboutOf(id: ImportFormat | ExportFormat): FormatAbout {
  return FORMATS.find((f) => f.id === id)!;
}

/** The format `newsquiz export` writes to a file of this name, by its extension. */
export function formatOfOutput(fileName: string): ExportFormat | undefined {
  const name = fileName.toLowerCase();
  return FORMATS.find((f) => f.writes && f.extension && name.endsWith(f.extension))?.id;
}
