import fc from "fast-check";
import type { Pack } from "../../src/core/facts/model.js";
import { eventTypes, packSchema, qualifiers } from "../../src/core/facts/schema.js";
import { checkReferences } from "../../src/core/pack/references.js";

// Valid packs at random, for property tests (generation, summaries, and the hardening work).
// Names come from pools chosen to stress French grammar: names starting with a vowel (Émile,
// Ubisoft), with an article (la SNCF, les infirmières, l'Élysée), a y before a vowel (Yasmine),
// an aspirated h (Hugo); entities with and without gender, plural groups. Each pool entry's
// aliases are unique across the pool, so any subset is a valid set of entities.

interface EntitySeed {
  name: string;
  kind: "person" | "organisation" | "group" | "product" | "place";
  gender?: "m" | "f";
  plural?: boolean;
  aliases?: string[];
}

const ENTITIES: EntitySeed[] = [
  { name: "Alice Martin", kind: "person", gender: "f", aliases: ["Martin", "Mme Martin"] },
  { name: "Émile Roux", kind: "person", gender: "m", aliases: ["Roux"] },
  { name: "Hugo Bernard", kind: "person", gender: "m", aliases: ["Bernard"] },
  { name: "Inès Durand", kind: "person", gender: "f", aliases: ["Durand"] },
  { name: "Yasmine Haddad", kind: "person", gender: "f", aliases: ["Haddad"] },
  { name: "Yves Petit", kind: "person", gender: "m", aliases: ["Petit"] },
  { name: "Olivier Lefèvre", kind: "person", gender: "m" },
  { name: "Ursula Klein", kind: "person", gender: "f" },
  { name: "Jean Dupont", kind: "person", aliases: ["Dupont", "M. Dupont"] },
  { name: "Emma Jones", kind: "person", gender: "f" },
  { name: "Acme", kind: "organisation", gender: "f" },
  { name: "Ubisoft", kind: "organisation", gender: "m" },
  { name: "la SNCF", kind: "organisation", gender: "f", aliases: ["SNCF"] },
  { name: "l'Élysée", kind: "organisation", gender: "m" },
  { name: "Orange", kind: "organisation" },
  { name: "Yoplait", kind: "organisation", gender: "m" },
  { name: "les salariés d'Acme", kind: "group", gender: "m", plural: true },
  { name: "les infirmières", kind: "group", gender: "f", plural: true },
  { name: "le syndicat", kind: "group", gender: "m" },
  { name: "l'équipe de direction", kind: "group", gender: "f" },
  { name: "Orion", kind: "product", gender: "m" },
  { name: "Aube", kind: "product", gender: "f" },
  { name: "Atlas", kind: "product" },
  { name: "Lyon", kind: "place", gender: "m" },
  { name: "Annecy", kind: "place", gender: "m" },
];

/**
 * The languages random packs are written in: those this file has words for. A language newsquiz
 * speaks is fuzzed once its words are added here (a test's vocabulary, not the program's).
 */
export const FUZZ_LANGUAGES = ["fr", "en"] as const;
export type FuzzLanguage = (typeof FUZZ_LANGUAGES)[number];

const DESCRIPTIONS: Record<FuzzLanguage, Record<EntitySeed["kind"], string[]>> = {
  fr: {
    person: [
      "porte-parole de l'entreprise",
      "ancien ministre",
      "fondateur de la start-up",
      "élu local",
    ],
    organisation: ["entreprise de transport", "groupe de luxe", "opérateur de télécommunications"],
    group: ["représentants du personnel", "instance dirigeante de l'entreprise"],
    product: ["logiciel de gestion", "application de messagerie"],
    place: ["ville du sud-est", "préfecture de Haute-Savoie"],
  },
  en: {
    person: [
      "company spokesperson",
      "former minister",
      "founder of the start-up",
      "local councillor",
    ],
    organisation: ["transport company", "luxury group", "telecoms operator"],
    group: ["staff representatives", "governing body of the company"],
    product: ["management software", "messaging app"],
    place: ["city in the south-east", "town in the Alps"],
  },
};

const ROLES: Record<FuzzLanguage, string[]> = {
  fr: ["PDG", "PDG par intérim", "directeur financier", "président du conseil", "administrateur"],
  en: [
    "chief executive",
    "interim chief executive",
    "finance director",
    "chairman",
    "board member",
  ],
};
const LABELS: Record<FuzzLanguage, string[]> = {
  fr: [
    "un plan de relance",
    "la conférence annuelle",
    "une lettre ouverte",
    "un accord de principe",
  ],
  en: ["a recovery plan", "the annual conference", "an open letter", "an agreement in principle"],
};
const TEXTS: Record<FuzzLanguage, string[]> = {
  fr: [
    "Les négociations reprennent après une longue pause.",
    "Le projet est suspendu sans explication.",
  ],
  en: ["Talks resume after a long pause.", "The project is put on hold without explanation."],
};
const ABOUTS: Record<FuzzLanguage, string[]> = {
  fr: [
    "le nombre de grévistes",
    "le montant de l'amende",
    "la part du marché",
    "l'âge du fondateur",
  ],
  en: ["the number of strikers", "the amount of the fine", "the market share", "the founder's age"],
};
const UNITS = ["employés", "dollars", "euros", "%", "jours", "ans", undefined];
const QUOTES: Record<FuzzLanguage, string[]> = {
  fr: ["Nous ne reculerons pas", "C'est une décision historique", "Rien n'est encore joué"],
  en: ["We will not back down", "This is a historic decision", "Nothing is settled yet"],
};
const CONTEXTS: Record<FuzzLanguage, string[]> = {
  fr: ["sur X", "dans un communiqué", "devant la presse"],
  en: ["on X", "in a statement", "to the press"],
};
const DATES = [
  "2023-11-17",
  "2023-11-17",
  "2023-11-20",
  "2023-11-21",
  "2023-11",
  "2023",
  "2022-03-01",
  "2024-01-31",
  "2021-12-25",
  "2020-06",
];
const OUTLETS = ["La Gazette", "Le Courrier", "Ouest Matin", "The Daily", "Radio Nord"];

const pickOf = <T>(items: readonly T[]) => fc.constantFrom(...items);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Options for {@link arbitraryPack}. */
export interface ArbitraryPackOptions {
  language?: FuzzLanguage;
  maxEvents?: number;
}

/**
 * Random valid packs: every pack this yields passes the schema and the reference checks that
 * `newsquiz lint` runs (the arbitrary asserts it), so a property that fails on one found a bug
 * in the code under test, not in the pack.
 */
export function arbitraryPack(options: ArbitraryPackOptions = {}): fc.Arbitrary<Pack> {
  const language = options.language ? fc.constant(options.language) : pickOf(FUZZ_LANGUAGES);
  return language.chain((lang) =>
    fc
      .record({
        entities: fc.subarray(ENTITIES, { minLength: 2, maxLength: 14 }),
        sourceCount: fc.integer({ min: 1, max: 4 }),
      })
      .chain(({ entities, sourceCount }) =>
        packWith(lang, entities, sourceCount, options.maxEvents ?? 12),
      ),
  );
}

function packWith(lang: FuzzLanguage, seeds: EntitySeed[], sourceCount: number, maxEvents: number) {
  const entityIds = seeds.map((_, i) => `ent-${i + 1}`);
  const sourceIds = Array.from({ length: sourceCount }, (_, i) => `src-${i + 1}`);
  const sources = fc.subarray(sourceIds, { minLength: 1 });
  const entity = pickOf(entityIds);
  const source = fc.tuple(
    maybe(pickOf(OUTLETS)),
    maybe(pickOf(["2023-11-20", "2023-11-21", "2024-02-02"])),
    fc.boolean(),
  );
  const event = fc.record({
    type: pickOf(eventTypes),
    actor: maybe(entity),
    target: maybe(entity),
    role: maybe(pickOf(ROLES[lang])),
    org: maybe(entity),
    label: maybe(pickOf(LABELS[lang])),
    text: fc.option(pickOf(TEXTS[lang]), { nil: undefined, freq: 6 }),
    date: maybe(pickOf(DATES)),
    sources,
  });
  const claim = fc.record({
    about: pickOf(ABOUTS[lang]),
    value: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(0.5, 3, 90, 13e9, 1e6)),
    total: maybe(fc.integer({ min: 0, max: 5000 })),
    qualifier: pickOf(qualifiers),
    unit: pickOf(UNITS),
    date: maybe(pickOf(DATES)),
    subject: maybe(entity),
    sources,
  });
  const quote = fc.record({
    speaker: entity,
    text: pickOf(QUOTES[lang]),
    date: maybe(pickOf(DATES)),
    context: maybe(pickOf(CONTEXTS[lang])),
    sources,
  });
  const descriptions = fc.array(fc.tuple(fc.nat(), sources, fc.boolean()), { maxLength: 2 });
  return fc
    .record({
      sourceSeeds: fc.array(source, { minLength: sourceCount, maxLength: sourceCount }),
      descriptions: fc.array(descriptions, { minLength: seeds.length, maxLength: seeds.length }),
      events: fc.array(event, { maxLength: maxEvents }),
      claims: fc.array(claim, { maxLength: 6 }),
      quotes: fc.array(quote, { maxLength: 5 }),
    })
    .map((r) => {
      const data = {
        id: "random-pack",
        title: lang === "fr" ? "Un pack au hasard" : "A random pack",
        language: lang,
        sources: r.sourceSeeds.map(([outlet, published, titled], i) => ({
          id: sourceIds[i]!,
          language: lang,
          ...(outlet ? { outlet } : {}),
          ...(published ? { published } : {}),
          ...(titled ? { title: lang === "fr" ? `Dépêche ${i + 1}` : `Dispatch ${i + 1}` } : {}),
        })),
        entities: seeds.map((s, i) => ({
          id: entityIds[i]!,
          name: s.name,
          kind: s.kind,
          aliases: s.aliases ?? [],
          ...(s.gender ? { gender: s.gender } : {}),
          ...(s.plural ? { plural: true } : {}),
          descriptions: r.descriptions[i]!.map(([n, srcs, other]) => {
            const textLang: FuzzLanguage = other ? (lang === "fr" ? "en" : "fr") : lang;
            const pool = DESCRIPTIONS[textLang][s.kind];
            return {
              text: pool[n % pool.length]!,
              sources: srcs,
              ...(other ? { lang: textLang } : {}),
            };
          }),
        })),
        events: r.events.map((e, i) => ({ id: `event-${i + 1}`, ...defined(e) })),
        claims: r.claims.map((c, i) => {
          const total = c.total !== undefined && c.total >= c.value ? c.total : undefined;
          return { id: `claim-${i + 1}`, ...defined({ ...c, total }) };
        }),
        quotes: r.quotes.map((q, i) => ({ id: `quote-${i + 1}`, ...defined(q) })),
      };
      return validated(data);
    });
}

/** The object without its undefined fields, as YAML would hold it. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function validated(data: Record<string, unknown>): Pack {
  const parsed = packSchema.safeParse(data);
  const references = checkReferences(data);
  if (!parsed.success || references.length > 0) {
    const why = parsed.success
      ? references.map((r) => r.message)
      : parsed.error.issues.map((i) => i.message);
    throw new Error(`arbitraryPack made an invalid pack: ${why.join("; ")}`);
  }
  return { ...parsed.data, id: "random-pack" };
}
