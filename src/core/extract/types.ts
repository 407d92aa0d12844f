import type { PartialDate } from "../facts/dates.js";
import type { EntityKind, EventStatus, EventType, Language, Qualifier } from "../facts/model.js";

/** What is known of an article before reading it: from front matter, the page, or flags. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  author?: string;
  /** Publication date, YYYY-MM-DD; anchors « vendredi » and « trois jours après ». */
  published?: string;
  lang?: Language;
  url?: string;
  /** Article file, relative to the pack folder, when the article is kept in a pack. */
  file?: string;
}

/** One article to read: its plain text (already out of HTML or Markdown) and its metadata. */
export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
}

/** A sentence of the cleaned article, with its folded twin for matching word lists. */
export interface SentenceUnit {
  text: string;
  folded: string;
  /** Position in the article, for pronouns and « le lendemain ». */
  index: number;
  paragraph: number;
  /** Where the sentence starts in its paragraph's text. */
  start: number;
  /** True for questions (« Pourquoi ... ? »): nothing they say is asserted. */
  question: boolean;
}

/** A stretch of a sentence: start inclusive, end exclusive, in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

/** A name, group or pronoun in a sentence, resolved to an entity of the article. */
export interface Mention extends Span {
  entity: string;
  kind: EntityKind;
  /** How it was found: a name, a group noun (« le conseil d'administration »), a pronoun. */
  via: "name" | "group" | "pronoun" | "description";
}

/** A date found in a sentence. */
export interface DateMention extends Span {
  date: PartialDate;
  confidence: number;
  reason: string;
  /**
   * For « trois jours après son limogeage »: the date belongs to the event named after « après »,
   * whose trigger lies inside [start, end); other events of the sentence must not take it.
   */
  ownsEventsInside?: boolean;
}

/** An entity as the extractor builds it, before ids are assigned. */
export interface EntityDraft {
  key: string;
  name: string;
  kind: EntityKind;
  /** How sure the kind is, 0..1; entities used by no fact are kept only when sure. */
  kindConfidence: number;
  aliases: Set<string>;
  gender?: "f" | "m";
  plural?: boolean;
  descriptions: string[];
  mentions: number;
}

/** Something an extractor found, with the rule that found it and how sure it is. */
export interface Provenance {
  evidence: string;
  /** The measured chance that the fact is right: its rule family's precision on the corpus. */
  confidence: number;
  reason: string;
  /**
   * The rule family that read the fact, as a path from general to particular
   * (`event/dismissal/passive/limoge`): calibration measures each family's precision, and a
   * family seen too rarely borrows from its parent.
   */
  rule: string;
}

export interface EventDraft extends Provenance {
  type: EventType;
  actor?: string;
  target?: string;
  role?: string;
  org?: string;
  /** What was announced: « la suppression de 150 postes ». */
  label?: string;
  /** Absent when the event happened; else what the article says of it (« rejoindra »: planned). */
  status?: EventStatus;
  /** Last day of a span (« du 22 février au 24 avril »), when the date opens one. */
  until?: PartialDate;
  /** The target is the main company, named only as « l'entreprise », "the company". */
  targetByReference?: boolean;
  date?: PartialDate;
}

export interface ClaimDraft extends Provenance {
  about: string;
  value: number;
  total?: number;
  qualifier: Qualifier;
  totalQualifier?: Qualifier;
  unit?: string;
  date?: PartialDate;
  subject?: string;
}

export interface QuoteDraft extends Provenance {
  speaker: string;
  text: string;
  date?: PartialDate;
}

/** Everything read from one article. */
export interface ArticleFacts {
  lang: Language;
  meta: ArticleMeta;
  /** The reference date used for weekdays and relative dates, when one was known. */
  reference?: PartialDate;
  entities: EntityDraft[];
  events: EventDraft[];
  claims: ClaimDraft[];
  quotes: QuoteDraft[];
}
