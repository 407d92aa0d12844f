import { cleanArticle } from "../text/clean.js";
import { foldAligned } from "../text/fold-aligned.js";
import { splitSentences } from "../text/sentences.js";
import type { LanguageConfig } from "./config.js";
import { articleLanguage, publishedFromLines } from "./meta.js";
import { genderOfPost } from "./shared/appositions.js";
import { quoteSpans, type SentenceContext } from "./shared/context.js";
import { readDates } from "./shared/dates.js";
import { readEntities } from "./shared/entities.js";
import { readEvents } from "./shared/events.js";
import { readClaims } from "./shared/quantities.js";
import { readQuotes } from "./shared/quotes.js";
import type { ArticleFacts, ArticleInput, EntityDraft, EventDraft, SentenceUnit } from "./types.js";

const QUESTION = /\?[\s»"”)]*$/;

/** The sentences of an article's paragraphs, headings left out: a heading asserts nothing. */
export function articleSentences(
  paragraphs: readonly { text: string; heading: boolean }[],
  cfg: LanguageConfig,
): SentenceUnit[] {
  const out: SentenceUnit[] = [];
  paragraphs.forEach((p, paragraph) => {
    if (p.heading) return;
    for (const s of splitSentences(p.text, cfg.lang)) {
      out.push({
        text: s.text,
        folded: foldAligned(s.text),
        index: out.length,
        paragraph,
        question: QUESTION.test(s.text),
      });
    }
  });
  return out;
}

/**
 * Reads one article: cleans it, splits it into sentences, finds its entities, then each
 * sentence's dates, events, quotes and figures, each fact with the rule family that read it.
 * Not yet calibrated nor merged (see `extractArticle`). Pure and total: any text gives a result.
 */
export function readArticle(
  input: ArticleInput,
  configFor: (lang: "fr" | "en") => LanguageConfig,
): ArticleFacts {
  const cleaned = cleanArticle(input.text);
  const body = cleaned.paragraphs.map((p) => p.text).join("\n");
  const lang = articleLanguage(input.meta, body);
  const cfg = configFor(lang);
  const meta = { ...input.meta, lang };
  if (!meta.title && cleaned.title) meta.title = cleaned.title;
  if (!meta.author && cleaned.author) meta.author = cleaned.author;
  if (!meta.published) {
    const published = publishedFromLines(cleaned.metaLines);
    if (published) meta.published = published;
  }
  const sentences = articleSentences(cleaned.paragraphs, cfg);
  const reference = meta.published ?? latestFullDate(sentences, cleaned.captions, cfg);
  const { entities, mentions, mainOrg } = readEntities(sentences, cfg);
  const facts: ArticleFacts = {
    lang,
    meta,
    ...(reference ? { reference } : {}),
    entities: [],
    events: [],
    claims: [],
    quotes: [],
  };
  let lastPerson: string | undefined;
  let lastSubject: string | undefined;
  for (const sentence of sentences) {
    const here = mentions[sentence.index]!;
    const ctx: SentenceContext = {
      sentence,
      mentions: here,
      entities,
      ...(mainOrg ? { mainOrg } : {}),
      lastPerson: () => lastPerson,
      lastSubject: () => lastSubject,
      quotes: quoteSpans(sentence.text),
      previous: sentences
        .slice(Math.max(0, sentence.index - 2), sentence.index)
        .map((s) => ({ sentence: s, mentions: mentions[s.index]! })),
    };
    const dates = readDates(sentence, reference, cfg.dates, ctx.quotes);
    const quotes = readQuotes(ctx, dates, cfg);
    const speakers = new Map(quotes.map((q) => [q.span, q.speaker]));
    facts.events.push(...readEvents(ctx, dates, cfg, speakers));
    facts.claims.push(...readClaims(ctx, dates, cfg));
    facts.quotes.push(...quotes.filter((q) => q.text).map(({ span: _, ...q }) => q));
    // « il » and « a-t-il ajouté » stand for the subject of the last sentence that had one: its
    // first person, organisation or singular group, outside quotations.
    const subject = here.find(
      (m) =>
        !ctx.quotes.some((q) => q.start <= m.start && m.start < q.end) &&
        (m.kind === "person" ||
          m.kind === "organisation" ||
          (m.kind === "group" && !entities.get(m.entity)?.plural)),
    );
    if (subject) lastSubject = subject.entity;
    const person = here.filter((m) => m.kind === "person" && m.via === "name").at(-1);
    if (person) lastPerson = person.entity;
  }
  genderFromPosts(facts.events, entities, cfg);
  companyLeft(facts.events, entities, mainOrg);
  facts.entities = [...entities.values()];
  return facts;
}

/**
 * "Mr. Ostrow left the company in 2019": « the company » is the article's main one, unless the
 * article ties the person to one other company only (founded, joined, hired by, named to a post
 * at it): then that is the company left.
 */
function companyLeft(
  events: EventDraft[],
  entities: Map<string, EntityDraft>,
  mainOrg: string | undefined,
): void {
  if (!mainOrg) return;
  const isOrg = (key?: string) => key !== undefined && entities.get(key)?.kind === "organisation";
  for (const e of events) {
    if ((e.type !== "departure" && e.type !== "resignation") || !e.targetByReference || !e.actor)
      continue;
    const ties = new Set<string>();
    for (const x of events) {
      if ((x.type === "founding" || x.type === "joining") && x.actor === e.actor && isOrg(x.target))
        ties.add(x.target!);
      if (x.type === "hiring" && x.target === e.actor && isOrg(x.actor)) ties.add(x.actor!);
      if (x.type === "appointment" && x.target === e.actor && isOrg(x.org)) ties.add(x.org!);
    }
    if (ties.size === 1 && !ties.has(mainOrg)) e.target = [...ties][0]!;
  }
}

/**
 * « a nommé Claire Dubois directrice générale »: a person named to a post whose noun shows a
 * gender takes it, where nothing else said it, so that sentences agree (« nommée »).
 */
function genderFromPosts(
  events: readonly EventDraft[],
  entities: Map<string, EntityDraft>,
  cfg: LanguageConfig,
): void {
  for (const e of events) {
    if (e.type !== "appointment" || !e.role || !e.target) continue;
    const person = entities.get(e.target);
    if (person?.kind !== "person" || person.gender) continue;
    const gender = genderOfPost(foldAligned(e.role), cfg);
    if (gender) person.gender = gender;
  }
}

/** With no publication date, the latest full date the article prints stands for it. */
function latestFullDate(
  sentences: readonly SentenceUnit[],
  captions: readonly string[],
  cfg: LanguageConfig,
): string | undefined {
  let latest: string | undefined;
  const units = [
    ...sentences,
    ...captions.map((text, i) => ({
      text,
      folded: foldAligned(text),
      index: -1 - i,
      paragraph: -1,
      question: false,
    })),
  ];
  for (const s of units) {
    for (const d of readDates(s, undefined, cfg.dates)) {
      if (d.date.length === 10 && (!latest || d.date > latest)) latest = d.date;
    }
  }
  return latest;
}
