import type { EntityKind } from "../../facts/model.js";
import { fold } from "../../text/fold.js";
import type { LanguageConfig } from "../config.js";
import type { EntityDraft, Mention, SentenceUnit } from "../types.js";
import { push, shortFormOwner, splitGluedNames } from "./aliases.js";
import { appositionAt } from "./appositions.js";
import { type Compiled, compileEntities } from "./entity-patterns.js";
import { firstName } from "./first-names.js";
import { grammar } from "./grammar.js";
import { addGroups, findMainOrg, withoutOverlaps } from "./groups.js";
import { type NameCandidate, nameCandidates } from "./names.js";
import { PLACES } from "./places.js";

/** The people, organisations and groups of one article, and where each sentence names them. */
export interface ArticleEntities {
  entities: Map<string, EntityDraft>;
  /** Mentions per sentence, sorted by position, without overlaps. */
  mentions: Mention[][];
  /** The organisation the article is about, which « l'entreprise » and « le conseil » belong to. */
  mainOrg?: string;
}

type Scores = Record<EntityKind, number>;

const INNER_CAPITAL = /^.[^\s]*[\p{Lu}\d]/u;
const QUOTED_LETTER_IN_NAME = /\s["“‘'«]\s?\p{Lu}/u;

function emptyScores(): Scores {
  return { person: 0, organisation: 0, group: 0, product: 0, place: 0 };
}

/** The article a title keeps (« The Verge », « Le Courrier », « Les Echos »): no person's name has one. */
const TITLE_ARTICLE = /^(?:The|Le|La|Les) /;

/**
 * Finds the entities of an article: names (merged with their short forms: « Sam Altman »,
 * « Altman », « M. Altman », « Sam »), group nouns tied to their organisation, and « l'entreprise »
 * for the organisation the article is about. Kinds come from cues around each mention.
 */
export function readEntities(
  sentences: readonly SentenceUnit[],
  cfg: LanguageConfig,
): ArticleEntities {
  const c = compileEntities(cfg);
  const all: NameCandidate[] = [];
  for (const s of sentences) all.push(...nameCandidates(s, cfg));
  splitGluedNames(all, sentences, cfg, c);
  const midSentence = new Set(all.filter((n) => !n.atStart).map((n) => fold(n.text)));
  // « Martin a ensuite quitté la salle »: a surname seen in a full name is a name at the start too.
  for (const n of all) if (n.text.includes(" ")) midSentence.add(fold(n.text.split(" ").at(-1)!));
  // « Boeing's board… » then « Boeing hired… »: one possessive makes the word a name everywhere.
  for (const n of all)
    if (n.atStart && possessive(n, sentences, cfg)) midSentence.add(fold(n.text));
  // "Lyft said last week…": a word that opens its sentence and says something is a name.
  const speaks = new RegExp(`^\\s+(?:${cfg.speechVerbs})(?![\\p{L}])`, "u");
  for (const n of all)
    if (n.atStart && speaks.test(sentences[n.sentence]!.folded.slice(n.end, n.end + 30)))
      midSentence.add(fold(n.text));
  const accepted = all.filter(
    (n) =>
      !n.atStart ||
      n.honorific !== undefined ||
      n.text.includes(" ") ||
      INNER_CAPITAL.test(n.text) ||
      midSentence.has(fold(n.text)),
  );

  // Longest names first, so that « Altman » finds « Sam Altman » already there.
  const byName = new Map<string, string>();
  const entities = new Map<string, EntityDraft>();
  // Indexes of multi-word names by last and first word, so short forms are found without a scan.
  const lastWords = new Map<string, string[]>();
  const firstWords = new Map<string, string[]>();
  const scores = new Map<string, Scores>();
  const counts = new Map<string, number>();
  for (const n of accepted) counts.set(n.text, (counts.get(n.text) ?? 0) + 1);
  const names = [...counts.keys()].sort(
    (a, b) => b.split(" ").length - a.split(" ").length || b.length - a.length,
  );
  for (const name of names) {
    const key = fold(name.replace(TITLE_ARTICLE, ""));
    if (byName.has(key)) {
      byName.set(fold(name), byName.get(key)!);
      continue;
    }
    const short = name.includes(" ")
      ? undefined
      : shortFormOwner(key, lastWords, firstWords, entities, counts.get(name)!, cfg.orgSuffixes);
    if (short) {
      entities.get(short.owner)!.aliases.add(name);
      byName.set(key, short.owner);
      if (!short.company) scores.get(short.owner)!.person += 2;
      continue;
    }
    const words = key.split(" ");
    if (words.length >= 2 && !TITLE_ARTICLE.test(name)) {
      push(lastWords, words.at(-1)!, key);
      push(firstWords, words[0]!, key);
    }
    entities.set(key, {
      key,
      name,
      kind: "organisation",
      kindConfidence: 0,
      aliases: new Set(),
      descriptions: [],
      mentions: 0,
    });
    scores.set(key, emptyScores());
    byName.set(key, key);
    if (TITLE_ARTICLE.test(name)) byName.set(fold(name.replace(TITLE_ARTICLE, "")), key);
  }

  const mentions: Mention[][] = sentences.map(() => []);
  const genders = new Map<string, { f: number; m: number }>();
  // Per entity, its mentions and the « 's » that follows each, when one does.
  const owned = new Map<string, { all: number; marks: string[] }>();
  for (const n of accepted) {
    const key = byName.get(fold(n.text.replace(TITLE_ARTICLE, ""))) ?? byName.get(fold(n.text));
    if (!key) continue;
    const entity = entities.get(key)!;
    entity.mentions++;
    const s = sentences[n.sentence]!;
    const own = owned.get(key) ?? { all: 0, marks: [] };
    owned.set(key, own);
    own.all++;
    const mark = /^['’]s(?![\p{L}\p{N}])/u.exec(s.text.slice(n.end, n.end + 3));
    if (mark) own.marks.push(mark[0]);
    const score = scores.get(key)!;
    const before = s.folded.slice(Math.max(0, n.start - 60), n.start);
    scoreMention(
      n,
      before,
      s.text.slice(Math.max(0, n.start - 60), n.start),
      s.folded.slice(n.end, n.end + 3),
      score,
      c,
    );
    if (n.honorific) {
      const g = cfg.honorifics.get(n.honorific);
      if (g) bump(genders, key, g);
      entity.aliases.add(
        `${s.text.slice(n.start - n.honorific.length - 2, n.start).trim()} ${n.text}`.replace(
          /^\W+/,
          "",
        ),
      );
    }
    const apposition = appositionAt(s.text, s.folded, n.start, n.end, cfg);
    if (apposition) {
      score.person += 2;
      if (apposition.gender) bump(genders, key, apposition.gender);
      if (!entity.descriptions.some((d) => fold(d) === fold(apposition.description))) {
        entity.descriptions.push(apposition.description);
      }
    }
    if (n.text !== entity.name) entity.aliases.add(n.text);
    mentions[n.sentence]!.push({
      start: n.start,
      end: n.end,
      entity: key,
      kind: "organisation",
      via: "name",
    });
    // « Le conseil d'administration (CA) »: the letters in brackets are a short name.
    const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(s.text.slice(n.end, n.end + 12));
    if (acronym) byName.set(fold(acronym[1]!), key);
  }

  for (const [key, entity] of entities) {
    const score = scores.get(key)!;
    // « McDonald’s has… », « Kohl's fired… »: a one-word name never written without its « 's »
    // keeps it, as the business's name (in English a name written once proves nothing; in French,
    // where « 's » is no possessive, once is enough).
    const own = owned.get(key);
    const enough = cfg.grammar.possessiveS ? 2 : 1;
    if (own && own.all >= enough && own.marks.length === own.all && !entity.name.includes(" ")) {
      entity.aliases.add(entity.name);
      entity.name = `${entity.name}${own.marks[0]}`;
      score.organisation += 2;
    }
    const words = entity.name.split(" ");
    if (cfg.orgSuffixes.has(words[words.length - 1]!)) score.organisation += 3;
    if (words.length > 1 && cfg.orgHeads.has(words[0]!)) score.organisation += 3;
    // « Bernard & Fils »: partners joined by an ampersand make a firm, never one person.
    if (words.includes("&")) score.organisation += 3;
    // « Toys “R” Us »: a letter in quotation marks inside a name is a brand's.
    if (QUOTED_LETTER_IN_NAME.test(entity.name)) score.organisation += 3;
    if (/\d/.test(entity.name)) score.product += 1.5;
    // Two words are a person's name more often than not; less so without a known first name.
    if (words.length > 1 && !TITLE_ARTICLE.test(entity.name)) score.person += 0.5;
    // « Christine Lagarde », « Jean-Marc Janaillac »: a known first name opens a person's name.
    const given = words.length > 1 ? firstName(words[0]!, cfg) : undefined;
    if (given) score.person += 3;
    if (words.length === 1) score.organisation += INNER_CAPITAL.test(entity.name) ? 1 : 0.8;
    if (TITLE_ARTICLE.test(entity.name)) score.organisation += 2;
    let best: EntityKind = "organisation";
    for (const kind of Object.keys(score) as EntityKind[])
      if (score[kind] > score[best]) best = kind;
    entity.kind = best;
    entity.kindConfidence = Math.min(1, score[best] / 3);
    const g = genders.get(key);
    if (g && best === "person" && (g.f === 0) !== (g.m === 0)) entity.gender = g.f > 0 ? "f" : "m";
    else if (given && best === "person") entity.gender = given;
    entity.aliases.delete(entity.name);
  }
  for (const list of mentions) for (const m of list) m.kind = entities.get(m.entity)!.kind;

  const mainOrg = findMainOrg(sentences, mentions, entities, c, cfg);
  addGroups(sentences, mentions, entities, mainOrg, cfg, c);
  for (const list of mentions) list.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < mentions.length; i++) mentions[i] = withoutOverlaps(mentions[i]!);
  return { entities, mentions, ...(mainOrg ? { mainOrg } : {}) };
}

function scoreMention(
  n: NameCandidate,
  before: string,
  original: string,
  after: string,
  score: Scores,
  c: Compiled,
): void {
  if (n.honorific) score.person += 3;
  if (PLACES.has(fold(n.text))) score.place += 10;
  for (const cue of c.cues) {
    const m = cue.re.exec(before);
    // « la société Acme a limogé Paul Roux »: the cue belongs to the name right after it, not to
    // one further on past another name.
    if (m && !/\p{Lu}/u.test(original.slice(m.index + 1))) score[cue.kind] += cue.weight;
  }
  if (c.complementBefore.test(before) && c.roleBefore.test(before)) score.organisation += 2;
  else if (c.titleBefore.test(before)) score.person += 1.5;
  // Articles go before organisations and places, not before people: « la Silicon Valley ».
  if (n.text.includes(" ") && c.definiteBefore.test(before)) score.organisation += 1.5;
  if (/^'s\b/.test(after)) score.organisation += 0.5;
}

function bump(map: Map<string, { f: number; m: number }>, key: string, g: "f" | "m"): void {
  const entry = map.get(key) ?? { f: 0, m: 0 };
  entry[g]++;
  map.set(key, entry);
}

/**
 * « Boeing's board fired… »: a capitalised word that opens its sentence and owns something is a
 * name (common words that do so, « Today's », « Last year's », are stopwords); whereas a capital
 * that opens a sentence proves nothing by itself.
 */
function possessive(
  n: NameCandidate,
  sentences: readonly SentenceUnit[],
  cfg: LanguageConfig,
): boolean {
  const after = sentences[n.sentence]!.text.slice(n.end, n.end + 3);
  return (
    /^['’]s(?![\p{L}\p{N}])/u.test(after) && !grammar(cfg).commonOwners.has(n.text.toLowerCase())
  );
}
