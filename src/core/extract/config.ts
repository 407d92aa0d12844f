import type { EntityKind, EventStatus, EventType, Language, Qualifier } from "../facts/model.js";
import type { DateReader } from "./shared/dates.js";
import type { GrammarWords } from "./shared/grammar-words.js";

/** A word list entry: a pattern over folded text (lowercase, no accents) and why it is there. */
export interface LexiconRule {
  /** Regular expression source over folded text, without capturing groups. */
  match: string;
  reason: string;
}

/**
 * Institutions a language writes with a capital on the first word only (« Cour des comptes »,
 * « Banque centrale européenne »): what opens such a name and what may follow it, as data.
 */
export interface InstitutionRule {
  /** Capitalised words that open one, as a regular expression source: « Conseil », « Haute autorité ». */
  heads: string;
  /** Endings of the small-letter adjectives that may follow (« -el » of « constitutionnel »). */
  adjectiveEndings: string;
  /** What ties a complement on, each with what follows it: « de la », « d' », « aux ». */
  links: string;
  /** Words right after a would-be adjective that show it was a verb: « explique que ». */
  verbSigns: string;
  /** Verbs written as those adjectives are, which a name never holds: « explique ». */
  verbs: string;
  /** Complements read at most: « Tribunal de commerce de Paris » has two. */
  maxComplements: number;
}

/** A role noun (« directrice », « CEO »): marks a person, and sometimes their gender. */
export interface RoleRule extends LexiconRule {
  gender?: "f" | "m";
}

/** A word or phrase before a name that tells what kind of entity the name is. */
export interface KindCue extends LexiconRule {
  kind: EntityKind;
  /** Added to that kind's score; 3 is decisive, 1 a hint. */
  weight: number;
}

/** A noun for a group of people in an organisation: « le conseil d'administration ». */
export interface GroupRule extends LexiconRule {
  /** Short stable name of the group, used in its key: "board", "employees". */
  group: string;
  kind: EntityKind;
  plural: boolean;
  gender?: "f" | "m";
  /** Also match this on the original text, case-sensitive (« le CA », not « ça »). */
  original?: RegExp;
}

/** How an event verb or noun is used in a sentence. */
export type TriggerForm = "verb" | "noun";

/** An event trigger: « limogé », « a été nommé », « l'embauche de », « signé une lettre ». */
export interface EventRule extends LexiconRule {
  /** Short name of the rule in its family (`event/dismissal/passive/<id>`); else its first word. */
  id?: string;
  type: EventType;
  form: TriggerForm;
  /** Kinds accepted as the one acted upon; the first mention of such a kind is taken. */
  target?: readonly EntityKind[];
  /** Kinds accepted as the one acting. */
  actor?: readonly EntityKind[];
  /** In the active voice, who the subject is: the one acting (default) or the one it happens to
   * (« X devient PDG par intérim »). */
  subject?: "actor" | "target";
  /**
   * For a noun: whom « de X », "of X" or a possessive names, the one it happens to (default:
   * « le limogeage de X ») or the one who acts (« le départ de X », « sa démission »).
   */
  complement?: "actor" | "target";
  /** False when the verb takes no object naming an entity (« démissionner »). */
  object?: boolean;
  /** The event is complete without a target (a letter need not say whom it is addressed to). */
  targetOptional?: boolean;
  /** With no target named, the article's main organisation is it (« un tour de table mené par X »). */
  targetDefault?: "main";
  /** Preposition that must stand right before the target: « investir dans X », « adressée au X ». */
  targetPrep?: string;
}

/** Words that tell an event has not simply happened: it is conditional, planned or announced. */
export interface ModalityRule {
  status: EventStatus;
  /** Folded words right before the trigger (a word or two may stand between). */
  before?: string;
  /** The trigger's own ending: « rejoindra », « quitterait ». */
  ending?: string;
  /** Folded words anywhere near the trigger, before or after it (« selon des rumeurs »). */
  near?: string;
  reason: string;
}

/** How a figure no context rule knows is labelled: its money noun, its population, its holder. */
export interface FigureWords {
  /** Nouns that say what a sum of money is (« offre », "debt"), folded. */
  moneyNouns: string;
  /** Words that join, and so never qualify the money noun after them: « et », "of". */
  joins: string;
  /** Possessive determiners: « ses 82 magasins », "its 735 stores". */
  possessives: string;
  /** Nouns of a change (« hausse », "raise"): a percentage after one is a change, not a share. */
  changes: string;
  /** Nouns for a company's shares: « actions », "shares", "stock". */
  shares: string;
  /** What introduces the population a percentage is of: « des », "of". */

  population: string;
  /**
   * Label templates: {noun} the words of the text, {of:noun} and {of:holder} with the language's
   * « de » (« de l'offre », « d'Airbnb »), {holder's} the English possessive.
   */
  labels: {
    money: string;
    percent: string;
    percentOf: string;
    percentOwn: string;
    count: string;
    /** A count of a group holder's own members: « le nombre des salariés d'Acme ». */
    countGroup: string;
  };
  /** What a possessive before a population becomes in a label: « ses » → « les », "its" → "". */
  owned: Readonly<Record<string, string>>;
}

/** A subject pronoun: whom it may stand for. */
export interface PronounRule {
  word: string;
  person: boolean;
  /** An organisation, a group or a thing. */
  thing: boolean;
  gender?: "f" | "m";
  plural?: boolean;
}

/** The words around a quotation that say who speaks, besides the speech verbs (folded). */
export interface QuoteWords {
  /** Auxiliaries before a speech verb: « a déclaré », "has said". */
  auxiliaries: string;
  /** Words that may stand between an auxiliary, the verb and the speaker: « encore », "also". */
  adverbs: string;
  /** An inverted subject pronoun after the verb (« a-t-il ajouté »), its pronoun captured. */
  inversion?: string;
  /** A speech verb as a participle, whose subject is the sentence's: "saying:", « ajoutant ». */
  participles: string;
  /** « selon X », "according to X" before a quotation. */
  according: string;
  /** A quotation going on with the speaker before: « Et d'ajouter : ». */
  continuation: string;
  /**
   * Writings that speak for their authors: "the letter states", « le communiqué précise ». The
   * authors are the subject of the sentence that brought the writing in ("3,000 employees sent a
   * letter").
   */
  documents: string;
  /** The determiners before such a writing: "the", "their", « le », « leur ». */
  documentDeterminers: string;
  /** A relative pronoun opening an aside between a name and its verb: « X, qui …, a dit ». */
  asides: string;
  /**
   * Speech verbs whose name after them is who heard the words, not who said them: "…," he told
   * reporters. None in French, where the listener comes with « à ».
   */
  told?: string;
}

/** A unit of quantity: how to spell it in the pack and what kind of thing it counts. */
export interface UnitRule extends LexiconRule {
  unit: string;
  category: "money" | "percent" | "people" | "time" | "thing";
}

/** Where a claim's `about` comes from: a category of unit and a word of context. */
export interface AboutRule {
  /** Short name of the rule in its family (`claim/money/<id>`); else words of its template. */
  id?: string;
  category: UnitRule["category"];
  /** Pattern over the folded sentence; the first rule whose pattern matches wins. */
  context: string;
  /** The `about` text; {actor}, {target}, {org}, {person}, {date}, {unit} are filled in. */
  about: string;
  reason: string;
  /**
   * The context must hold the figure itself (« aged 58 », « , 58, »): another figure of the
   * sentence, « for almost 40 years », is not the age.
   */
  anchored?: boolean;
  /** Words right before the figure that rule the rule out: « shares fell 3% » is no stake. */
  unless?: string;
  /**
   * Words that must follow the figure and its unit: a share of signatories is a share of people
   * (« 90 % des salariés »), whereas « une hausse des salaires de 15 % » counts no one.
   */
  followedBy?: string;
  /**
   * A verb right before the figure (« emploie », "employs") whose subject owns it: {owner} is that
   * organisation. The rule is skipped when the subject is some other noun (« le site de Lyon,
   * qui emploie 350 personnes »): the figure is then not the company's.
   */
  ownerVerb?: string;
  /**
   * The units the rule counts, when not every unit of its category: a workforce is counted in
   * employees, not in union members, jobs or passengers.
   */
  units?: readonly string[];
}

/** Everything the shared extractors need to read one language, as data. */
export interface LanguageConfig {
  lang: Language;
  /** Capitalised words that do not start or end a name: determiners, weekdays, role acronyms. */
  nameStopwords: ReadonlySet<string>;
  /** Honorifics before a name, folded without their period: « m », « mme », « mr ». */
  honorifics: ReadonlyMap<string, "f" | "m" | undefined>;
  /** Elided article or preposition glued to a name: « d'OpenAI », « l'OpenAI ». */
  elision: RegExp;
  roles: readonly RoleRule[];
  /** Words that may precede a role noun: « ancien », « nouveau », « ex- ». */
  roleModifiers: string;
  /**
   * Role nouns (folded, as written in `roles`) an organisation may be called too ("the investor
   * SoftBank", « le partenaire Microsoft »): before a name, no sign that it is a person's.
   */
  sharedRoles: ReadonlySet<string>;
  kindCues: readonly KindCue[];
  /** Last words that make a name an organisation: « Capital », « Inc ». */
  orgSuffixes: ReadonlySet<string>;
  /** First words that make a name an organisation: « Conseil », "Department". */
  orgHeads: ReadonlySet<string>;
  /**
   * Institutions written with one capital (« Conseil d'État »); absent for a language that
   * capitalises every word of a name, as English does.
   */
  institutions?: InstitutionRule;
  /**
   * Nouns that head an organisation's name but name none alone (« Société » of « Société des
   * journalistes », "Group"): a name of that one word is a name cut short, and no name.
   */
  genericHeads: ReadonlySet<string>;
  /** First names, folded, with their usual gender: « Christine » opens a person's name. */
  firstNames: ReadonlyMap<string, "f" | "m">;
  groups: readonly GroupRule[];
  /** « l'entreprise », « la start-up »: the article's main organisation. */
  companyReference: string;
  /** « le géant de la technologie »: the organisation just named, not the article's main one. */
  namedBefore: string;
  /** Prepositions that make the next name a complement: « de », « d' », « of ». */
  complement: string;
  /** Subject pronouns by gender: « il », « elle ». */
  pronouns: { m: string; f: string };
  /** A group's name: its kind (board, employees, people), its organisation, the noun as written. */
  groupName(group: string, org: string | undefined, noun?: string): string;
  // Events
  events: readonly EventRule[];
  /** Auxiliary just before a participle that makes it passive: « a été », « fut », « was ». */
  passiveAux: string;
  /** Auxiliary that makes a participle active: « a », « ont », « avait ». */
  activeAux: string;
  /** Introduces the agent of a passive: « par », « by ». */
  agent: string;
  /** Words between mentions that join them into one list: « , », « et », « ainsi que ». */
  listJoin: string;
  /** Words that end a clause on the left of a verb: « que », « mais ». */
  clauseBreak: string;
  /** Determiners, lowercase: « le », « l' », "the", "its". */
  determiners: string;
  /** Indefinite determiners: a speaker after one is unnamed (« une salariée », "a spokesman"). */
  indefinites: string;
  /**
   * Words that may follow a percentage without it qualifying them: « 45 % environ », "5% in
   * early trading" (folded).
   */
  qualifierWordsAfter: string;
  /** Relative pronouns of every kind
, folded: « qui », « lesquels », « dont », "which". */
  relativeWords: string;
  /** Relative pronoun that takes the noun before it as subject: « qui », « who ». */
  relative: string;
  /** What stands before a negated verb, up to it: « n'a pas été », « was not ». */
  negation: string;
  /** A word that completes the negation before or after the verb (« pas », « jamais »). */
  negationWords: string;
  /**
   * Words that give an event its status (first match wins): what is conditional or hearsay
   * (« pourrait quitter », « aurait limogé », "reportedly"), planned (« rejoindra », "will join",
   * "agreed to acquire") or only announced (« envisage la suppression », "plans to cut").
   */
  modality: readonly ModalityRule[];
  /** Verbs of demanding or threatening: what follows has not happened (« réclamer la démission »). */
  irrealis: string;
  /** Introduces the post in an appointment: « comme », « au poste de », « as ». */
  roleIntro: string;
  /** The post may follow the appointee with no word between (« appointed X chief executive »). */
  roleDirect: boolean;
  /** Introduces the employer after a hiring: « chez », « à la tête de », « to lead ... at ». */
  employerIntro: string;
  /** Verbs that announce what follows (« a annoncé que X occuperait le poste »). */
  announceVerbs: string;
  /** A past participle as written (with its accent): « évincé », not the present « embauche ». */
  participle: RegExp;
  /** True where a participle without auxiliary is passive (French « X, évincé »); English
   * « fired » is also the simple past, so there only « fired by » reads as passive. */
  bareParticipleIsPassive: boolean;
  // Dates
  dates: DateReader;
  // Quantities
  numberWords: ReadonlyMap<string, number>;
  /** The day a strike has reached (« onzième jour de grève »), read as a count of its days. */
  ordinalDays?: {
    /** Ordinal words, folded: « onzieme » → 11. */
    ordinals: ReadonlyMap<string, number>;
    /** What may follow digits to make an ordinal: « 11e », "11th". */
    digitSuffix: string;
    /** The folded pattern around the ordinal, `{n}` where it stands. */
    pattern: string;
    /** Words that tell the days are a strike's. */
    strike: string;
    unit: string;
    /** The claim's label, `{of:holder}` for whose strike it is. */
    label: string;
  };
  scales: ReadonlyMap<string, number>;
  /** Currency signs and codes written before a figure (folded), with the unit they give. */
  currencies: ReadonlyMap<string, string>;
  qualifiers: readonly { match: string; qualifier: Qualifier }[];
  /** « des », « sur », « of the », « out of »: joins a value to its total. */
  totalJoin: string;
  decimalComma: boolean;
  units: readonly UnitRule[];
  about: readonly AboutRule[];
  /** The little words the shared engine reads sentences with (shared/grammar.ts). */
  grammar: GrammarWords;
  /** Words the generic figure reader labels figures with (shared/figures.ts). */
  figureWords: FigureWords;
  // Quotes and discourse
  speechVerbs: string;
  quoteWords: QuoteWords;
  /** Replacements, folded: "X was replaced by Y", « Y succède à X », « en remplacement de X ». */
  replacement: { passive: string; active: string; adverbial: string };
  /** Auxiliaries of the past perfect: « avait », "had". */
  pastPerfect: string;
  /** Object pronouns, folded: after the verb ("fired him") or before it (« l'a limogé »). */
  objectPronouns: { after: string; before: string };
  /** Subject pronouns and what they may stand for. */
  subjectPronouns: readonly PronounRule[];
  /**
   * Prepositions, lowercase with their accents (folded, « à » would be the auxiliary « a »): a
   * name right after one is no subject (« selon X », "alongside X").
   */
  prepositions: string;
  /** Fill the templates of `about` rules: « de » + name gives « d'OpenAI » in French. */
  of(phrase: string): string;
  /**
   * « de » with the definite article before a noun (« de l'amende », « des économies »), for
   * labels that name what a figure is (« le montant de l'amende de X »); undefined where the
   * language needs none (English says "X's fine") or the noun's gender is not known.
   */
  ofThe?(noun: string): string | undefined;
}
