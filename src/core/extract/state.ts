import type { LanguageConfig } from "./config.js";
import type { Discourse } from "./shared/discourse.js";
import type { QuoteSpan } from "./shared/quote-spans.js";
import type {
  ArticleFacts,
  DateMention,
  EntityDraft,
  Mention,
  SentenceUnit,
  Span,
} from "./types.js";

/**
 * An article as the pipeline reads it: each stage adds what it finds (entities, dates, quotations,
 * events, figures) for the stages after it, the way chrono's parsers and refiners share a context.
 */
export interface ArticleState {
  cfg: LanguageConfig;
  /** The reference date for weekdays and relative dates, when one is known. */
  reference?: string;
  /** Each paragraph's text, headings included (sentences never come from headings). */
  paragraphs: readonly string[];
  sentences: readonly SentenceUnit[];
  entities: Map<string, EntityDraft>;
  /** Mentions per sentence, sorted, without overlaps. */
  mentions: Mention[][];
  mainOrg?: string;
  /** Quotations per paragraph, in the paragraph's own offsets. */
  paragraphQuotes: QuoteSpan[][];
  /** Quotations per sentence, clipped to it, in the sentence's offsets. */
  quotes: Span[][];
  dates: DateMention[][];
  discourse?: Discourse;
  /** By sentence: the speaker of each quotation, by where it starts in the sentence. */
  speakers: Map<number, Map<number, string>>;
  facts: ArticleFacts;
}

/**
 * How one language is read: its configuration (word lists and rules as data) and the parsers and
 * refiners an article goes through, in order (see pipeline.ts). Apart from the configuration, so
 * that the configuration never names the state the stages work on.
 */
export interface Locale {
  config: LanguageConfig;
  pipeline: readonly Stage[];
}

/** One step of the pipeline: reads the state and adds to it. Never throws on any text. */
export interface Stage {
  name: string;
  run(state: ArticleState): void;
}
