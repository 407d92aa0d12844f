import { compileQuotes } from "./shared/attribution.js";
import type { SentenceContext } from "./shared/context.js";
import { readDates } from "./shared/dates.js";
import { readDiscourse } from "./shared/discourse.js";
import { readEntities } from "./shared/entities.js";
import { readEvents } from "./shared/events.js";
import { readOrdinalDays } from "./shared/ordinal-days.js";
import { readClaims } from "./shared/quantities.js";
import { paragraphQuotes } from "./shared/quote-spans.js";
import { forgottenClose, readQuotations } from "./shared/quotes.js";
import {
  companyLeft,
  genderFromPosts,
  oneExit,
  participants,
  strikeTargets,
} from "./shared/refiners.js";
import { readReplacements } from "./shared/replacements.js";
import type { ArticleState, Stage } from "./state.js";

/** Names, groups and « l'entreprise », with where each sentence mentions them. */
const entities: Stage = {
  name: "entities",
  run(state) {
    const found = readEntities(state.sentences, state.cfg);
    state.entities = found.entities;
    state.mentions = found.mentions;
    if (found.mainOrg) state.mainOrg = found.mainOrg;
  },
};

/** Quotations, over each paragraph (a quotation may hold several sentences), then per sentence. */
const quotationMarks: Stage = {
  name: "quotation marks",
  run(state) {
    const c = compileQuotes(state.cfg);
    state.paragraphQuotes = state.paragraphs.map((text) =>
      paragraphQuotes(text).map((span) => forgottenClose(text, span, c)),
    );
    for (const s of state.sentences) {
      const spans = state.paragraphQuotes[s.paragraph];
      if (!spans?.length) continue;
      const end = s.start + s.text.length;
      const here = spans.filter((q) => q.start < end && q.end > s.start);
      if (here.length)
        state.quotes[s.index] = here.map((q) => ({
          start: Math.max(0, q.start - s.start),
          end: Math.min(end, q.end) - s.start,
        }));
    }
  },
};

const dates: Stage = {
  name: "dates",
  run(state) {
    for (const s of state.sentences)
      state.dates[s.index] = readDates(s, state.reference, state.cfg.dates, state.quotes[s.index]);
  },
};

/** Who each sentence is about, for pronouns. */
const discourse: Stage = {
  name: "discourse",
  run(state) {
    state.discourse = readDiscourse(
      state.sentences,
      state.mentions,
      state.quotes,
      state.entities,
      state.cfg,
    );
  },
};

const quotations: Stage = { name: "quotations", run: readQuotations };

/** What the sentence-level parsers see of one sentence and the article around it. */
function* contexts(state: ArticleState): Generator<SentenceContext> {
  let lastPerson: string | undefined;
  let lastSubject: string | undefined;
  for (const sentence of state.sentences) {
    const here = state.mentions[sentence.index]!;
    const person = lastPerson;
    const subject = lastSubject;
    const quotes = state.quotes[sentence.index]!;
    const ctx: SentenceContext = {
      sentence,
      mentions: here,
      entities: state.entities,
      ...(state.mainOrg ? { mainOrg: state.mainOrg } : {}),
      lastPerson: () => person,
      lastSubject: () => subject,
      quotes,
      ...(state.discourse?.subjects[sentence.index]
        ? { subject: state.discourse.subjects[sentence.index]! }
        : {}),
      resolve: (word) => state.discourse?.resolve(word, sentence.index),
      articleSentences: state.sentences.length,
      ...(state.facts.meta.published ? { published: state.facts.meta.published } : {}),
      ...(state.reference ? { reference: state.reference } : {}),
      previous: state.sentences
        .slice(Math.max(0, sentence.index - 2), sentence.index)
        .map((s) => ({ sentence: s, mentions: state.mentions[s.index]! })),
    };
    // « il » stands for the subject of the last sentence that had one: its first person,
    // organisation or singular group, outside quotations.
    const first = here.find(
      (m) =>
        !quotes.some((q) => q.start <= m.start && m.start < q.end) &&
        (m.kind === "person" ||
          m.kind === "organisation" ||
          (m.kind === "group" && !state.entities.get(m.entity)?.plural)),
    );
    if (first) lastSubject = first.entity;
    const named = here.filter((m) => m.kind === "person" && m.via === "name").at(-1);
    if (named) lastPerson = named.entity;
    yield ctx;
  }
}

/** Events and figures, sentence by sentence. */
const sentenceFacts: Stage = {
  name: "events and figures",
  run(state) {
    for (const ctx of contexts(state)) {
      const i = ctx.sentence.index;
      const events = readEvents(ctx, state.dates[i]!, state.cfg, state.speakers.get(i));
      state.facts.events.push(
        ...events,
        ...readReplacements(ctx, state.dates[i]!, state.cfg, events),
      );
      state.facts.claims.push(...readClaims(ctx, state.dates[i]!, state.cfg));
      state.facts.claims.push(...readOrdinalDays(ctx, state.cfg));
    }
  },
};

/** Refiners over the article's events. */
const refineEvents: Stage = {
  name: "event refiners",
  run(state) {
    genderFromPosts(state.facts.events, state.entities, state.cfg);
    companyLeft(state.facts.events, state.entities, state.mainOrg);
    strikeTargets(state.facts.events, state.entities);
    state.facts.events = oneExit(state.facts.events);
    participants(state.facts.events);
  },
};

/** The stages every language runs, in order: parsers first, then refiners. */
export const DEFAULT_PIPELINE: readonly Stage[] = [
  entities,
  quotationMarks,
  dates,
  discourse,
  quotations,
  sentenceFacts,
  refineEvents,
];
