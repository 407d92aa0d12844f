import type { FactIndex } from "../facts/fact-index.js";
import type { Entity, EntityKind, EventType, FactEvent, Language } from "../facts/model.js";
import type { Translatable } from "../facts/texts.js";
import type { Features } from "../phrase/agreement.js";
import type { Clause, ClauseOverride, DatePlace } from "../phrase/clause-types.js";
import type { RoleAttachment } from "../phrase/lexicon.js";
import type { Interrogative, Named } from "../phrase/names.js";

// What shared phrasing code asks of a language's grammar (languages/<code>/phrasing.ts), so that
// it never branches on a language code. Declared here, apart from the loader
// (languages/phrasings.ts), so that a language's grammar can name these types without importing
// the loader, which awaits the grammars. The phrase context is declared here too: a grammar
// builds clauses from one, and one holds its grammar.

/** What every phrase needs: the facts, the language to write in and its grammar. */
export interface PhraseContext {
  index: FactIndex;
  lang: Language;
  /** The grammar of `lang`. */
  grammar: Phrasing;
  /** True when the language being written is the pack's own. */
  native: boolean;
  /** An entity as sentences name it, or undefined for an unknown id. */
  name(id: string | undefined): Named | undefined;
  /**
   * A text field of a fact, entity or source in the language being written: the pack's own
   * words, or their translation; undefined when the pack gives none in this language.
   */
  text<R extends Translatable, F extends keyof R & string>(record: R, field: F): string | undefined;
}

/** A clause of any language: its verb is the language's own, which only its grammar reads. */
export type AnyClause = Clause<unknown>;

/** How far a date question asks. */
export type Precision = "day" | "month" | "year" | "span";

/** Shapes of the pack's sentences that a figure or a quote is checked against. */
export interface EvidenceShapes {
  /** What a workforce label reads like, and what around its figure says it is only part of it. */
  workforce: { label: RegExp; place: RegExp; part: RegExp; cut: RegExp };
  /** "the amount of X's offer": the label's noun and holder, and the owner its sentence gives. */
  sum: {
    label: RegExp;
    /** The noun and the holder, from the label's match. */
    parts(m: RegExpExecArray): [noun: string, holder: string];
    owner(noun: string): RegExp;
  };
  /** « Comme l'a noté X, …, en déclarant « … » »: the opener, for a speaker's name pattern. */
  nestedQuote(name: string): RegExp;
}

/** Shapes of a figure's label that cannot stand alone (phrase/figure-labels.ts). */
export interface FigureLabelShapes {
  possessive: RegExp;
  agent: RegExp;
  shareOfPeople: RegExp;
  act: RegExp;
  workforce: RegExp;
  bareShare: RegExp;
  shareOfOwn: RegExp;
  meansOfPayment: RegExp;
  costOfNothing: RegExp;
  /** A participle with nobody behind it (« la part visée »), and the agent that saves it. */
  dangling: RegExp;
  danglingAgent: RegExp;
}

/** A language's grammar: everything shared phrasing code cannot say without knowing it. */
export interface Phrasing {
  /** The language's name in English, for the quality gate's reasons. */
  englishName: string;

  // Names
  /** An entity's name as this language's sentences read it (« la CFDT »). */
  readName(name: Named, index: FactIndex, entity: Entity): Named;
  /** Words a sentence sets among its own (a label, a post), naming organisations as it does. */
  ownWords(index: FactIndex, text: string): string;
  /** An alias that reads as this language, for a name written as another's phrase. */
  aliasOf(entity: Entity): string | undefined;
  /** « qui », « quelle organisation »; "who", "which organisation". */
  interrogatives: Record<EntityKind, Interrogative>;
  /** True when a person's description agrees with the person (« directrice »). */
  agreesWithPerson: boolean;
  /** The gender the first word of a post shows; undefined when it shows none. */
  postGender(role: string): "f" | "m" | undefined;

  // Clauses and sentences of events
  clause(ctx: PhraseContext, event: FactEvent, override?: ClauseOverride): AnyClause;
  /** Joins a phrase to its preposition (« du conseil », "of the board"). */
  attach(prep: string, text: string): string;
  /** A label that brings its own preposition (« lors d'une conférence », "at a conference"). */
  leadsWithPreposition: RegExp;
  /** The role as a clause says it (« son poste de PDG d'OpenAI », "as CEO of OpenAI"). */
  roleText(
    role: string,
    attachment: RoleAttachment,
    ofOrg: string | undefined,
    owner: Named | undefined,
  ): string;
  /** The clause as a statement (no date, no capital, no stop). */
  statement(clause: AnyClause): string | undefined;
  /** « la démission de X a eu lieu »: an event no clause can carry, by its noun. */
  nounLine(type: EventType, about: string | undefined, label: string | undefined): string;
  /** « X a été nommée PDG »: the clause in the passive, of its target; undefined when none. */
  passive(clause: AnyClause): string | undefined;
  /** « Y a succédé à X le … ». */
  succeeded(who: string, before: string, when: string): string;
  /** Between the parts of a succession sentence: « ; ». */
  partSeparator: string;
  /** « D'après l'annonce du … »: which announcement a question means. */
  announcementLead(date: string | undefined): string;

  // Questions of events
  who(
    clause: AnyClause,
    features: Features,
    date: string | undefined,
    place: DatePlace,
  ): string | undefined;
  whom(
    clause: AnyClause,
    features: Features,
    options: { omitActor: boolean; date?: string; place?: DatePlace },
  ): string | undefined;
  statusWho(clause: AnyClause, lead: string): string | undefined;
  statusWhom(
    clause: AnyClause,
    features: Features,
    lead: string,
    omitActor: boolean,
  ): string | undefined;
  when(clause: AnyClause, precision: Precision): string | undefined;
  role(clause: AnyClause, date: string | undefined): string | undefined;
  /** « pour la première fois »: a date question about the first of several times. */
  firstTime: string;
  /** « parmi ces propositions »: a question with more than one true answer asks among its choices. */
  among: string;
  /** « … en premier », « … après X »: which holder of a post in turn a question asks. */
  successionSuffix(before: string | undefined): string;

  // Descriptions
  /** The noun a description part is headed by. */
  descriptionHead(part: string): string;
  /** The description with its article, or undefined when it cannot be given one. */
  describedAs(name: Named, text: string, unique: boolean): string | undefined;
  /** « Qui est le PDG de Microsoft ? » */
  whoIsDescribed(name: Named, described: string): string;
  /** « Qui est Satya Nadella ? », "What is Twitch?" */
  whatIs(name: Named): string;
  /** « est », « sont »; "is", "are". */
  be(plural: boolean): string;
  /** « ancien PDG », "former CEO". */
  former(post: string, feminine: boolean): string;
  /** « de X », "of X": whose a post is. */
  ofOrg(org: string): string;

  // Figures
  /** « … est de 500 »: what a figure counts and its value. */
  claimIs(subject: string, plural: boolean, value: string): string;
  /** « quel est … ? », "what is …?". */
  claimQuestion(about: string, plural: boolean): string;
  figureLabels: FigureLabelShapes;
  evidence: EvidenceShapes;
  /** Possessives that point back to the subject of a label's sentence. */
  possessive: RegExp;

  // Quotes and sources
  /** A subject pronoun: words with one say something by themselves. */
  quoteSubject: RegExp;
  /** « je », "I": one person speaks. */
  firstSingular: RegExp;
  /** « a déclaré », "said". */
  declared(plural: boolean): string;
  /** « Qu'a déclaré X … ? » */
  whatSaid(speaker: Named, rest: string): string;
  /** « la source X », "source X": a source the pack does not describe. */
  unnamedSource(id: string): string;

  // The quality gate
  /** Spacing of punctuation this language does not write. */
  spacing: RegExp;
  /** Elision and contraction errors (« de OpenAI »), on lower-cased text; none when undefined. */
  elisionErrors?: RegExp;
}
