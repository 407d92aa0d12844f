import { z } from "zod";
import { LANGUAGES, type Language } from "../i18n/language.js";
import { questionSchema } from "../question/schema.js";
import { isPartialDate, parsePartialDate } from "./dates.js";

/** Identifiers are lowercase words joined by dashes, so they read well in YAML and URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, {
    message: "schema.id",
  })
  .describe("An identifier: lowercase letters, digits and dashes");

export const languageSchema = z.enum(LANGUAGES).describe("Language of a pack or source");

/**
 * Text fields of a record in other languages than the pack's: `translations: { en: { role:
 * "interim chief executive" } }` beside `role: PDG par intérim` in a French pack. The fields
 * themselves are always in the pack's language; a question or summary in another language is
 * written only from the texts given here for it (never half in one language, half in another),
 * and leaves out what has none.
 */
function translations<T extends z.ZodRawShape>(fields: T) {
  const texts = z.strictObject(fields).partial();
  const byLanguage = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, texts.optional()]),
  ) as Record<Language, z.ZodOptional<typeof texts>>;
  return z
    .strictObject(byLanguage)
    .optional()
    .describe("The text fields in other languages than the pack's, by language: { en: { … } }");
}

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    message: "schema.date-format",
  })
  .refine(isPartialDate, { message: "schema.no-such-date" })
  .describe("A date known to the day (2023-11-17), the month (2023-11) or the year (2015)");

const dayDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "schema.day-format" })
  .refine((s) => parsePartialDate(s)?.precision === "day", {
    message: "schema.no-such-date",
  })
  .describe("A date written YYYY-MM-DD");

const sourceRefs = z
  .array(idSchema)
  .min(1, { message: "schema.source-ids" })
  .describe("Ids of every source that states this fact");

/** What a person decided of an extracted fact (`newsquiz triage`). */
export const reviews = ["accepted", "rejected", "edited"] as const;

/** Whether questions and summaries may use extracted facts nobody has reviewed yet. */
export const unreviewedPolicies = ["ask", "skip"] as const;

/** Facts found by `newsquiz add` carry the sentence they came from and how sure the extractor is. */
const extractedFields = {
  evidence: z.string().optional().describe("The sentence of the article this fact was read from"),
  confidence: z.number().min(0).max(1).optional().describe("Extractor confidence, 0 to 1"),
  extracted: z
    .boolean()
    .optional()
    .describe("True when an extractor wrote this fact; `review` says what a person decided of it"),
  review: z
    .enum(reviews)
    .optional()
    .describe(
      "A person's decision on an extracted fact: accepted, rejected (kept, never used) or edited (corrected, then accepted)",
    ),
};

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    outlet: z.string().min(1).optional().describe("The publication: MacGeneration, FredZone, ..."),
    title: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    published: dayDateSchema.optional().describe("Publication date, when the page gives it"),
    language: languageSchema,
    url: z.url().optional(),
    file: z.string().optional().describe("Article file, relative to the pack folder"),
    translations: translations({ title: z.string().min(1) }),
  })
  .describe("A page or article the facts come from");

export const entityKinds = ["person", "organisation", "group", "product", "place"] as const;

export const descriptionSchema = z
  .strictObject({
    text: z.string().min(1).describe("A role or description: « cofondateur de Twitch »"),
    sources: sourceRefs,
    lang: languageSchema.optional().describe("Language of the text, when not the pack's"),
  })
  .describe("What the sources say someone or something is");

export const entitySchema = z
  .strictObject({
    id: idSchema,
    name: z.string().min(1).describe("Full name as a sentence would use it: « Sam Altman »"),
    kind: z.enum(entityKinds),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe("Other names: « Altman », « M. Altman »"),
    gender: z
      .enum(["f", "m"])
      .optional()
      .describe("Grammatical gender, for agreement in French (« nommée »)"),
    plural: z.boolean().optional().describe("True for plural names: « les employés d'OpenAI »"),
    descriptions: z.array(descriptionSchema).default([]),
    translations: translations({
      name: z.string().min(1).describe("The name as a sentence in that language says it"),
      aliases: z.array(z.string().min(1)),
    }),
  })
  .describe("A person, organisation, group, product or place");

export const eventTypes = [
  "dismissal",
  "resignation",
  "appointment",
  "hiring",
  "departure",
  "joining",
  "petition",
  "statement",
  "investment",
  "acquisition",
  "agreement",
  "strike",
  "layoff",
  "closure",
  "founding",
  "launch",
  "announcement",
  "negotiation",
  "other",
] as const;

/** An event that has not (yet) happened is kept with what the sources say of it. */
export const eventStatuses = ["announced", "planned", "conditional"] as const;

export const eventSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(eventTypes),
    actor: idSchema.optional().describe("Entity id of who acted"),
    target: idSchema.optional().describe("Entity id of whom or what the action was done to"),
    role: z.string().min(1).optional().describe("Role or post involved: « PDG par intérim »"),
    org: idSchema.optional().describe("Entity id of the organisation the role belongs to"),
    label: z
      .string()
      .min(1)
      .optional()
      .describe("Short noun phrase naming the event: « la conférence DevDay »"),
    text: z
      .string()
      .min(1)
      .optional()
      .describe("A sentence written by the author, used instead of the generated one"),
    date: partialDateSchema.optional(),
    until: partialDateSchema
      .optional()
      .describe(
        "Last date of the span when the sources place the event over several days (« pendant le week-end »): it happened between date and until, on a day nobody pins",
      ),
    status: z
      .enum(eventStatuses)
      .optional()
      .describe(
        "Absent when the event happened; announced, planned (agreed, to come) or conditional (« pourrait quitter ») otherwise",
      ),
    sources: sourceRefs,
    translations: translations({
      role: z.string().min(1),
      label: z.string().min(1),
      text: z.string().min(1),
    }),
    ...extractedFields,
  })
  .describe("Something that happened: who did what to whom, and when");

export const qualifiers = [
  "exactly",
  "about",
  "more-than",
  "less-than",
  "at-least",
  "at-most",
] as const;

export const claimSchema = z
  .strictObject({
    id: idSchema,
    about: z
      .string()
      .min(1)
      .describe("What is counted, with its article: « le nombre d'employés signataires »"),
    value: z.number().describe("The figure: 500, 13000000000, 90"),
    total: z.number().optional().describe("Out of how many, when given: « 500 des 770 »"),
    totalQualifier: z.enum(qualifiers).optional(),
    qualifier: z.enum(qualifiers).default("exactly"),
    unit: z.string().min(1).optional().describe("« employés », « dollars », « % », « ans »"),
    date: partialDateSchema.optional(),
    subject: idSchema.optional().describe("Entity id the figure is about"),
    event: idSchema.optional().describe("Event id the figure belongs to"),
    sources: sourceRefs,
    translations: translations({ about: z.string().min(1), unit: z.string().min(1) }),
    ...extractedFields,
  })
  .describe("A quantity stated by one or more sources");

export const quoteSchema = z
  .strictObject({
    id: idSchema,
    speaker: idSchema.describe("Entity id of who said or wrote it"),
    text: z.string().min(1),
    date: partialDateSchema.optional(),
    context: z
      .string()
      .min(1)
      .optional()
      .describe("Where: « sur X », « dans une note aux employés »"),
    sources: sourceRefs,
    translations: translations({
      text: z
        .string()
        .min(1)
        .describe("The words in that language: a translation, or the original"),
      context: z.string().min(1),
    }),
    ...extractedFields,
  })
  .describe("A short attributed quotation");

export const packSchema = z
  .strictObject({
    id: idSchema.optional().describe("Pack id; defaults to the folder name"),
    title: z.string().min(1),
    language: languageSchema,
    description: z.string().optional(),
    translations: translations({ title: z.string().min(1), description: z.string() }),
    unreviewed: z
      .enum(unreviewedPolicies)
      .optional()
      .describe(
        "Extracted facts nobody has reviewed: ask (questions and summaries use those at or above the confidence threshold; the default) or skip (only reviewed ones; what `newsquiz add` writes)",
      ),
    sources: z.array(sourceSchema).default([]).describe("Pages the facts come from"),
    entities: z.array(entitySchema).default([]),
    events: z.array(eventSchema).default([]),
    claims: z.array(claimSchema).default([]),
    quotes: z.array(quoteSchema).default([]),
    questions: z.array(questionSchema).default([]),
    articles: z
      .array(z.string().min(1))
      .optional()
      .describe("Article files, relative to the pack folder (default: everything in articles/)"),
  })
  .describe("A newsquiz pack: the facts of a news story and hand-written questions");
