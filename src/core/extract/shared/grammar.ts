import { rememberedPer } from "../../memo.js";
import type { LanguageConfig } from "../config.js";

/**
 * The little words of a language the shared engine reads sentences with (conjunctions, « que »,
 * "that", possessives, « depuis »…), compiled once per language. Each language's words live in
 * its folder (languages/fr/extract/grammar.ts, en/extract/grammar.ts); the engine names none.
 */
export interface Grammar {
  /** « et », "and", between names or clauses. */
  and: RegExp;
  /** An aside between commas that is no noun phrase of its own (« , fondée en 2015 par X, »). */
  aside: RegExp;
  /** A list gap: a comma or « et », then words up to the next name (no clause mark). */
  listGap: RegExp;
  /** A subject pronoun opening a clause, captured. */
  openingPronoun: RegExp;
  /** A gap of a comma, « et », « ou » or nothing between two quotations of one speaker. */
  joinedQuotes: RegExp;
  /** « que », "that", ending what comes before a reported clause. */
  that: RegExp;
  /** « je », "I" right before a verb in a quotation (a word or two between). */
  firstPerson: RegExp;
  /** A word that speaks to the reader: "you", « vous ». */
  reader: RegExp;
  /** « tous », "both": a pronoun that takes a whole list. */
  all: RegExp;
  /** « d'entre eux », « 650 salariés » as a subject: the staff. */
  staff: RegExp;
  /** « depuis », "since" right before a date: when a state began. */
  since: RegExp;
  /** « après », « avant », "after", "before" inside a date that holds its event. */
  beforeAfter: RegExp;
  /** « dans », "in", "into": the company an amount goes to. */
  into: RegExp;
  /** « selon », "according to" before an outlet: who reports, not whom it is about. */
  attribution: RegExp;
  /** "left OpenAI to found", « a quitté Vega pour fonder »: who leaves to do something does it. */
  leftTo: RegExp;
  /** « et a fondé », "and hired": a second verb with the first one's subject. */
  coordinated: RegExp;
  /** ", who …," right before a verb: a relative clause set off by commas. */
  relativeAside: RegExp;
  /** A relative pronoun inside a stretch of text: a clause of its own. */
  relativeInside: RegExp;
  /** A possessive determiner right before a noun: « son limogeage », "his retirement". */
  possessive: RegExp;
  /** A determiner right after a verb: its object is a common noun, not a name. */
  commonObject: RegExp;
  /** What may follow a participle set off after a name: "Vega, founded in 2003". */
  apposedAfter: RegExp | undefined;
  /** « par intérim », "for example": « par » that introduces no agent. */
  agentNotName: RegExp;
  /** Time phrases no date parser reads, which end a post: « PDG la semaine dernière ». */
  timeTail: RegExp;
  /** Little words left at the end of a post once a date is cut off. */
  postDangling: RegExp;
  /** What an announced thing starts with: a determiner, "plans". */
  announcedStart: RegExp;
  /** What ends an announced thing: a clause, a date, an adverbial phrase. */
  announcedStop: RegExp;
  /** Little words left at the end of an announced thing. */
  announcedDangling: RegExp;
  /** « des 1 200 salariés du siège », "of the 900 workers at the Leeds plant": one site's staff. */
  partOf: RegExp;
  /** "1,800 of the plant's 2,500 workers": the part named before the total. */
  partBefore: RegExp;
  /** « à Belfort », "in Ohio" right after a count: its preposition and the place, captured. */
  placeAfter: RegExp;
  /** A preposition after which only a place is where a count is ("at"). */
  placeOnlyAfter: RegExp;
  /** « de l'usine Michelin de la Roche-sur-Yon » right after a count: the site, captured. */
  siteAfter: RegExp;
  /** A clause after a site's name, to the end: « qui emploie… », "which employs…". */
  siteClause: RegExp;
  /** Words capitalised at a sentence's start that own things without being names ("Today's"). */
  commonOwners: ReadonlySet<string>;
  /** What joins a post to its organisation at the end of a post: « de », "of", "at". */
  orgLinkEnd: RegExp;
  /** What joins the words of an institution's name: « de l' », "of the" (on the text as written). */
  orgNameLink: RegExp;
  /** A whole phrase that refers back to the article's company: « le groupe », "the company". */
  companyOnly: RegExp;
  /** What opens a relative clause right after a comma: « , qui », ", who". */
  relativeOpen: RegExp;
}

const word = (source: string, flags = "u") =>
  new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, flags);

/** Whole words, except those ending with an apostrophe (« qu' »), glued to the next word. */
function glued(source: string): RegExp {
  const list = source.split("|");
  const whole = list.filter((x) => !x.endsWith("'"));
  const elided = list.filter((x) => x.endsWith("'"));
  return new RegExp(
    `(?<![\\p{L}])(?:(?:${whole.join("|")})(?![\\p{L}])${elided.length ? `|${elided.join("|")}` : ""})`,
    "u",
  );
}

function grammarOnce(cfg: LanguageConfig): Grammar {
  const w = cfg.grammar;
  const g: Grammar = {
    and: word(w.and),
    // « Le fabricant de produits, allant de X à Y, a nommé »: a complement may end the name.
    aside: new RegExp(
      `^(?:\\s+(?:${cfg.complement})\\s*[\\p{Ll}'\\s-]{1,30}?)?\\s*,\\s*(?!(?:${cfg.determiners}|${cfg.indefinites}|${w.and}|${w.or})\\s)[^,;.]{1,140},\\s*$`,
      "u",
    ),

    listGap: new RegExp(`^\\s*(?:,|${w.and})\\s[^,;:«»()]*$`, "u"),
    openingPronoun: new RegExp(
      `^\\s*(${cfg.subjectPronouns.map((p) => p.word).join("|")})(?![\\p{L}])`,
      "u",
    ),

    joinedQuotes: new RegExp(`^\\s*(?:,|${w.and}|${w.or})?\\s*$`, "u"),
    that: glued(w.that),
    reader: word(w.reader),
    firstPerson: new RegExp(`(?:^|[^\\p{L}])(?:${w.firstPerson})\\s*(?:[\\p{L}']+\\s+){0,2}$`, "u"),
    all: word(w.all),
    staff: new RegExp(`${w.ofThem}|\\d\\s*(?:%|${w.staffNouns})`, "u"),
    since: new RegExp(`(?<![\\p{L}])(?:${w.since})\\s`, "u"),
    beforeAfter: word(w.beforeAfter),
    into: new RegExp(`^[^.;]{0,40}?(?<![\\p{L}])(?:${w.into})\\s+`, "u"),
    attribution: new RegExp(
      `(?<![\\p{L}])(?:${w.attribution})(?: (?:${cfg.determiners}))? ?$`,
      "u",
    ),
    leftTo: new RegExp(`(?<![\\p{L}])(?:${w.leave})\\s[^,;.]{1,60}?(?:${w.purpose})\\s+$`, "u"),
    coordinated: new RegExp(`(?<![\\p{L}])(?:${w.and})\\s+(?:(?:${w.coordinatedAux})\\s+)?$`, "u"),
    relativeAside: new RegExp(
      `,\\s*(?:${cfg.relative})\\s[^,;.«»"“”]{1,150},\\s*(?:[\\p{L}']+\\s+){0,2}$`,
      "u",
    ),
    relativeInside: glued(w.relativeBreak),
    possessive: new RegExp(`(?:^|[^\\p{L}])(?:${w.possessives})\\s+(?:[\\p{L}-]+\\s+)?$`, "u"),
    commonObject: new RegExp(`^\\s+(?:${cfg.determiners})(?:\\s|(?<=')\\p{L})`, "u"),
    apposedAfter: w.apposedAfter
      ? new RegExp(`^\\s+(?:${w.apposedAfter})(?![\\p{L}])`, "u")
      : undefined,
    agentNotName: new RegExp(`^(?:${w.agentNotName})`, "u"),
    timeTail: new RegExp(`\\s+(?:${w.timeTail})(?![\\p{L}]).*$`, "isu"),
    postDangling: new RegExp(`(?:\\s+(?:${w.postDangling}))+\\s*$`, "iu"),
    announcedStart: new RegExp(`^(?:(?:${w.announcedStart})(?:\\s+|(?<=['’])))`, "iu"),
    announcedStop: new RegExp(
      `(?<![\\p{L}])(?:${w.announcedStop})(?![\\p{L}])|[,.;:«»"“”()]`,
      "iu",
    ),
    announcedDangling: new RegExp(`(?:\\s+(?:${w.announcedDangling}))+\\s*$`, "iu"),
    partOf: new RegExp(w.partOf, "u"),
    partBefore: new RegExp(w.partBefore, "u"),
    // A place's name: capitalised words, with the particles of place names (« Boulogne-sur-Mer »).
    placeAfter: new RegExp(
      `^\\s+(${w.placeAfter})\\s+(\\p{Lu}[\\p{L}'’-]*(?:[ -](?:de |du |la |sur-)?\\p{Lu}[\\p{L}'’-]*){0,3})(?![\\p{L}])`,
      "u",
    ),
    placeOnlyAfter: new RegExp(`^(?:${w.placeOnlyAfter ?? "(?!)"})$`, "u"),
    siteAfter: new RegExp(`^\\s+((?:${w.siteAfter})\\s*[^,;.:!?()«»"“”]{1,80})`, "u"),
    siteClause: new RegExp(`\\s(?:${w.siteClause})\\s[\\s\\S]*$`, "u"),
    commonOwners: new Set(w.commonOwners),
    orgLinkEnd: new RegExp(`\\s*(?:${w.orgLink})\\s*$`, "u"),
    relativeOpen: new RegExp(`^\\s*(?:${cfg.relativeWords})(?![\\p{L}])`, "u"),
    companyOnly: new RegExp(`^(?:${cfg.companyReference})$`, "u"),
    orgNameLink: new RegExp(`^ (?:${w.orgNameLink})(?: |(?<=['’]))$`, "u"),
  };
  return g;
}

/** {@link grammarOnce}, once for each language. */
export const grammar = rememberedPer(grammarOnce);
