import type { Translation } from "../i18n/messages/translation.js";
import type * as sections from "./fr/messages/index.js";

// What a language's LIGHT part holds (languages/<code>/about.ts): the data start-up needs and a
// few small pure functions, each language's own. A leaf: it imports nothing that imports the
// registry, even type-only, so that about.ts files can use it without an import cycle.

/** The sections of the French catalogue, the reference every language translates. */
type FrenchSections = typeof sections;

/** A language's UI messages, section by section as in French: a section missing is a type error. */
export type Catalogue = { readonly [S in keyof FrenchSections]: Translation<FrenchSections[S]> };

/** The qualifiers of a figure (facts/model.ts `Qualifier`), which every language words. */
export type QualifierWord =
  | "exactly"
  | "about"
  | "more-than"
  | "less-than"
  | "at-least"
  | "at-most";

/** The fixed words generated sentences are assembled from (phrase/words.ts `word`). */
export type WordKey =
  | "and"
  | "according"
  | "true"
  | "false"
  | "trueOrFalse"
  | "source"
  | "sources"
  | "others"
  | "other"
  | "colon"
  | "question"
  | "sameDay"
  | "varies"
  | "vary"
  | "whenThis"
  | "first"
  | "orderPrompt"
  | "whoSaid"
  | "whoUsed"
  | "used"
  | "usedPlural"
  | "summary"
  | "people"
  | "questions"
  | "answer";

/** A day of a date, in pieces, for {@link DateWords.day}. */
export interface DayParts {
  readonly day: number;
  readonly month: string;
  /** Left out when the date is said without its year. */
  readonly year?: number;
  /** Said when the date names its day of the week. */
  readonly weekday?: string;
}

/** How a language writes dates and spans of them (i18n/format.ts puts the pieces together). */
export interface DateWords {
  /** "17 novembre 2023", "vendredi 1er novembre"; "November 17, 2023", "Friday, November 17". */
  day(parts: DayParts): string;
  /** A date as an adverb: « le 17 novembre », « en 2015 »; "on November 17", "in 2015". */
  adverbial(text: string, precision: "day" | "month" | "year"): string;
  /** A span as a choice shows it: « du … au … », « de … à … »; "from … to …". */
  span(first: string, last: string, days: boolean): string;
  /** A span as an adverb: « entre le … et le … »; "between … and …". */
  spanAdverbial(first: string, last: string, days: boolean): string;
  /** Two days of one month say the month once: « du samedi 18 au dimanche 19 novembre ». */
  readonly monthOnce: boolean;
  /** Two days of one month in a timeline's column: « 18–19 novembre 2023 », "November 18–19, 2023". */
  spanShort(firstDay: number, last: string): string;
}

/** How a language writes numbers, percentages and quotations. */
export interface Typography {
  readonly quoteOpen: string;
  readonly quoteClose: string;
  /** What ends a label before its value: « Score : », "Score:". */
  readonly colon: string;
  /** Between clauses of one sentence: « ; » with its space before in French. */
  readonly listSeparator: string;
  /** Between the digits of thousands: a non-breaking space in French, a comma in English. */
  readonly groupSeparator: string;
  readonly decimalSeparator: string;
  /** Before the per cent sign: a non-breaking space in French. */
  readonly percentSpace: string;
}

/** A large number's word: « 13 milliards », "13 billion". */
export interface LargeNumber {
  readonly size: number;
  /** Under 2 of them. */
  readonly one: string;
  readonly other: string;
}

/** How a language says a figure: « plus de 500 sur 770 employés ». */
export interface QuantityWords {
  readonly qualifiers: Readonly<Record<QualifierWord, string>>;
  /** A part of a total: « sur », "of". */
  readonly of: string;
  /** Largest first. */
  readonly large: readonly LargeNumber[];
  /** A unit after a large number: « 13 milliards de dollars », "13 billion dollars". */
  afterLarge(unit: string): string;
}

/** The words of the interchange formats (Aiken, Anki) in a pack's language. */
export interface InterchangeWords {
  readonly true: string;
  readonly false: string;
  readonly alsoAccepted: string;
  /** A number within a margin: « à », "within". */
  readonly within: string;
  /** Before a question's sources: « Sources : ». */
  readonly sources: string;
  /** Words frequent in this language's questions: enough to tell a quiz's language. */
  readonly markers: RegExp;
}

/** A rule putting one of commander's English error messages in the language. */
export type CommanderRule = readonly [
  RegExp,
  (
    | string
    | ((count: (n: number, one: string, other: string) => string, ...groups: string[]) => string)
  ),
];

/** `--help` and commander's messages, translated from the English cli.ts writes. */
export interface CliHelp {
  /** By the English text. */
  readonly texts: Readonly<Record<string, string>>;
  /** Commander's usage line ("[command]"). */
  usage(text: string): string;
  /** "(default: …)", "choices: …" after a description. */
  extras(text: string): string;
  readonly commanderErrors: readonly CommanderRule[];
}

/** How a language says what a figure counts (phrase/units.ts). */
export interface FigureWords {
  /** "The number of" → "the share of", said of a figure in per cent: « la part des employés ». */
  readonly share: readonly [pattern: RegExp, replacement: string];
  /** A folded label that is a number of something: « le nombre », "the total number". */
  readonly numberOf: RegExp;
  /** The word a folded "number of" label counts, as its group 1: « le nombre d'employés ». */
  readonly counted: RegExp;
  /** Folded words for the people an organisation employs, which count the same thing. */
  readonly staff: readonly string[];
}

/** A language newsquiz reads and writes: the LIGHT part of its folder. */
export interface LanguageAbout {
  readonly code: string;
  /** Month names as a date is written, January first. */
  readonly months: readonly string[];
  /** Day names, Sunday first as `Date` counts them. */
  readonly weekdays: readonly string[];
  readonly dates: DateWords;
  readonly typography: Typography;
  readonly quantities: QuantityWords;
  /**
   * The plural rule when this Node has no locale data for the language (small-icu); none when
   * Intl's English rules, used then, are the language's own.
   */
  readonly pluralFallback?: (n: number) => Intl.LDMLPluralRule;
  /** Short function words frequent in this language's prose and rare in the others'. */
  readonly markers: ReadonlySet<string>;
  /** Words of other languages, never of this one: a text of this language holding one is mixed. */
  readonly foreignWords: ReadonlySet<string>;
  /** Letters this language never writes: a word of it holding one is another language's. */
  readonly foreignLetters?: RegExp;
  /** Words written with a final period that does not end a sentence (besides the shared ones). */
  readonly abbreviations: readonly string[];
  /**
   * Units figures are counted in: a concept (the same in every language) and a word for it,
   * the word a figure is said in first.
   */
  readonly units: readonly (readonly [concept: string, word: string])[];
  readonly figures: FigureWords;
  /** The fixed words of generated sentences. */
  readonly words: Readonly<Record<WordKey, string>>;
  readonly interchange: InterchangeWords;
  readonly messages: Catalogue;
  /** Absent for English, the language the command line is written in. */
  readonly cliHelp?: CliHelp;
}
