// One way into the extractor for every extraction test, with a fixed reference date (chrono's
// test_util habit): tests write sentences, read back facts by name, and compare exact values.
import { articleSentences } from "../../src/core/extract/article.js";
import { extractArticle, extractPack } from "../../src/core/extract/index.js";
import { readDates } from "../../src/core/extract/shared/dates.js";
import type { ArticleFacts } from "../../src/core/extract/types.js";
import type { Language, Pack } from "../../src/core/facts/model.js";
import { extractionOf } from "../../src/core/languages/extractions.js";
import { foldAligned } from "../../src/core/text/fold.js";

/** Tuesday 21 November 2023: « vendredi » is the 17th, « lundi » the 20th. */
export const REFERENCE = "2023-11-21";

export interface Options {
  lang?: Language;
  published?: string | null;
}

function meta(options: Options) {
  const published = options.published === undefined ? REFERENCE : options.published;
  return { ...(published ? { published } : {}), lang: options.lang ?? ("fr" as const) };
}

/** The facts of one article, with entity names instead of keys, for exact comparisons. */
export function extract(text: string, options: Options = {}) {
  const facts: ArticleFacts = extractArticle({ text, meta: meta(options) });
  const name = (key?: string) =>
    key ? facts.entities.find((e) => e.key === key)?.name : undefined;
  const clean = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    facts,
    entities: facts.entities.map((e) =>
      clean({
        name: e.name,
        kind: e.kind,
        aliases: [...e.aliases].sort(),
        gender: e.gender,
        descriptions: e.descriptions,
      }),
    ),
    events: facts.events.map((e) =>
      clean({
        type: e.type,
        actor: name(e.actor),
        target: name(e.target),
        date: e.date,
        until: e.until,
        status: e.status,
        role: e.role,
        org: name(e.org),
        label: e.label,
      }),
    ),
    claims: facts.claims.map((c) =>
      clean({
        about: c.about,
        value: c.value,
        total: c.total,
        qualifier: c.qualifier,
        unit: c.unit,
      }),
    ),
    quotes: facts.quotes.map((q) => ({ speaker: name(q.speaker), text: q.text })),
    confidence: (type: string) => facts.events.find((e) => e.type === type)?.confidence,
  };
}

/** The dates of one sentence: the exact text each was read from, and the date. */
export function datesIn(sentence: string, options: Options = {}) {
  const lang = options.lang ?? "fr";
  const { config } = extractionOf(lang);
  const [unit] = articleSentences([{ text: sentence, heading: false }], config);
  if (!unit) return [];
  const reference = meta(options).published;
  return readDates(unit, reference, config.dates).map((d) => ({
    text: sentence.slice(d.start, d.end),
    date: d.date,
  }));
}

/** Several articles joined into a pack, as `newsquiz facts a.txt b.txt` does. */
export function extractMany(
  articles: { text: string; published?: string; outlet?: string }[],
  lang: Language = "fr",
): Pack {
  return extractPack(
    articles.map((a) => ({
      text: a.text,
      meta: {
        lang,
        published: a.published ?? REFERENCE,
        ...(a.outlet ? { outlet: a.outlet } : {}),
      },
    })),
  );
}

export { foldAligned };
