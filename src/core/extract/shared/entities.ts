import type { EntityKind } from "../../facts/model.js";
import type { LanguageConfig } from "../config.js";
import type { EntityDraft, Mention, SentenceUnit } from "../types.js";
import { appositionAt } from "./appositions.js";
import { foldName as fold } from "./ids.js";
import { type NameCandidate, nameCandidates } from "./names.js";

/** The people, organisations and groups of one article, and where each sentence names them. */
export interface ArticleEntities {
  entities: Map<string, EntityDraft>;
  /** Mentions per sentence, sorted by position, without overlaps. */
  mentions: Mention[][];
  /** The organisation the article is about, which « l'entreprise » and « le conseil » belong to. */
  mainOrg?: string;
}

type Scores = Record<EntityKind, number>;

interface Compiled {
  cues: { re: RegExp; kind: EntityKind; weight: number }[];
  roleBefore: RegExp;
  groups: { re: RegExp; rule: LanguageConfig["groups"][number] }[];
  company: RegExp;
  giant: RegExp;
  complementAfter: RegExp;
  complementBefore: RegExp;
}

const cache = new WeakMap<LanguageConfig, Compiled>();

function compile(cfg: LanguageConfig): Compiled {
  let c = cache.get(cfg);
  if (c) return c;
  const roles = cfg.roles.map((r) => r.match).join("|");
  c = {
    cues: cfg.kindCues.map((cue) => ({
      re: new RegExp(`(?:^|[^\\p{L}])(?:${cue.match})\\s*$`, "u"),
      kind: cue.kind,
      weight: cue.weight,
    })),
    roleBefore: new RegExp(
      `(?:^|[^\\p{L}])(?:${roles}|${cfg.groups.map((g) => g.match).join("|")}|tete|head)\\s*(?:${cfg.complement})\\s*$`,
      "u",
    ),
    groups: cfg.groups.map((rule) => ({
      re: new RegExp(`(?<![\\p{L}])(?:${rule.match})(?![\\p{L}])`, "gu"),
      rule,
    })),
    company: new RegExp(`(?<![\\p{L}])(?:${cfg.companyReference})(?![\\p{L}-])`, "gu"),
    giant: new RegExp(`(?<![\\p{L}])(?:${cfg.namedBefore})(?![\\p{L}-])`, "gu"),
    complementAfter: new RegExp(`^\\s*(?:${cfg.complement})\\s*`, "u"),
    complementBefore: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.complement})\\s*$`, "u"),
  };
  cache.set(cfg, c);
  return c;
}

const INNER_CAPITAL = /^.[^\s]*[\p{Lu}\d]/u;

function emptyScores(): Scores {
  return { person: 0, organisation: 0, group: 0, product: 0, place: 0 };
}

/**
 * Finds the entities of an article: names (merged with their short forms: « Sam Altman »,
 * « Altman », « M. Altman », « Sam »), group nouns tied to their organisation, and « l'entreprise »
 * for the organisation the article is about. Kinds come from cues around each mention.
 */
export function readEntities(
  sentences: readonly SentenceUnit[],
  cfg: LanguageConfig,
): ArticleEntities {
  const c = compile(cfg);
  const all: NameCandidate[] = [];
  for (const s of sentences) all.push(...nameCandidates(s, cfg));
  splitGluedNames(all, sentences, cfg, c);
  const midSentence = new Set(all.filter((n) => !n.atStart).map((n) => fold(n.text)));
  // « Martin a ensuite quitté la salle »: a surname seen in a full name is a name at the start too.
  for (const n of all) if (n.text.includes(" ")) midSentence.add(fold(n.text.split(" ").at(-1)!));
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
    const key = fold(name.replace(/^The /, ""));
    if (byName.has(key)) {
      byName.set(fold(name), byName.get(key)!);
      continue;
    }
    const owner = name.includes(" ")
      ? undefined
      : shortFormOwner(key, lastWords, firstWords, entities, counts.get(name)!);
    if (owner) {
      entities.get(owner)!.aliases.add(name);
      byName.set(key, owner);
      scores.get(owner)!.person += 2;
      continue;
    }
    const words = key.split(" ");
    if (words.length >= 2 && !name.startsWith("The ")) {
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
    if (name.startsWith("The ")) byName.set(fold(name.slice(4)), key);
  }

  const mentions: Mention[][] = sentences.map(() => []);
  const genders = new Map<string, { f: number; m: number }>();
  for (const n of accepted) {
    const key = byName.get(fold(n.text.replace(/^The /, ""))) ?? byName.get(fold(n.text));
    if (!key) continue;
    const entity = entities.get(key)!;
    entity.mentions++;
    const s = sentences[n.sentence]!;
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
    const words = entity.name.split(" ");
    if (cfg.orgSuffixes.has(words[words.length - 1]!)) score.organisation += 3;
    if (/\d/.test(entity.name)) score.product += 1.5;
    if (words.length > 1 && !entity.name.startsWith("The ")) score.person += 1;
    if (words.length === 1) score.organisation += INNER_CAPITAL.test(entity.name) ? 1 : 0.8;
    if (entity.name.startsWith("The ")) score.organisation += 2;
    let best: EntityKind = "organisation";
    for (const kind of Object.keys(score) as EntityKind[])
      if (score[kind] > score[best]) best = kind;
    entity.kind = best;
    entity.kindConfidence = Math.min(1, score[best] / 3);
    const g = genders.get(key);
    if (g && best === "person" && (g.f === 0) !== (g.m === 0)) entity.gender = g.f > 0 ? "f" : "m";
    entity.aliases.delete(entity.name);
  }
  for (const list of mentions) for (const m of list) m.kind = entities.get(m.entity)!.kind;

  const mainOrg = findMainOrg(sentences, mentions, entities, c);
  addGroups(sentences, mentions, entities, mainOrg, cfg, c);
  for (const list of mentions) list.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < mentions.length; i++) mentions[i] = withoutOverlaps(mentions[i]!);
  return { entities, mentions, ...(mainOrg ? { mainOrg } : {}) };
}

/**
 * « le directeur de la recherche d'OpenAI Jakub Pachocki »: capitals run on from an organisation
 * into a person's name. When the first word is a name of its own elsewhere in the article, the
 * run is two names.
 */
function splitGluedNames(
  all: NameCandidate[],
  sentences: readonly SentenceUnit[],
  cfg: LanguageConfig,
  c: Compiled,
): void {
  const alone = new Set(all.filter((n) => !n.text.includes(" ")).map((n) => n.text));
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    const words = n.text.split(" ");
    // A particle name (« Luca de Meo ») is split only when its first word is a name on its own.
    const particle = /^\p{Ll}/u.test(words[1] ?? "");
    if (words.length < (particle ? 2 : 3) || (particle && !alone.has(words[0]!))) continue;
    // « l'ancien patron de Vega Marc Petit »: after « de », an organisation then a person's name.
    const rest = words.slice(1);
    const afterComplement =
      c.complementBefore.test(
        sentences[n.sentence]!.folded.slice(Math.max(0, n.start - 4), n.start),
      ) && rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !cfg.orgSuffixes.has(w));
    if (!alone.has(words[0]!) && !afterComplement) continue;
    const cut = n.start + words[0]!.length;
    // « Microsoft de Bill Gates »: a particle left at the start belongs to neither name.
    const restText = rest
      .slice(
        Math.max(
          0,
          rest.findIndex((w) => /^\p{Lu}/u.test(w)),
        ),
      )
      .join(" ");
    all.splice(
      i,
      1,
      { ...n, end: cut, text: words[0]! },
      {
        sentence: n.sentence,
        start: n.end - restText.length,
        end: n.end,
        text: restText,
        atStart: false,
      },
    );
  }
}

function push(map: Map<string, string[]>, word: string, key: string): void {
  const list = map.get(word);
  if (list) list.push(key);
  else map.set(word, [key]);
}

/**
 * The full name a one-word name is short for: its last word (« Altman »), if one name ends with
 * it; else its first word (« Mira »), if one two-word name starts with it and the word is rare
 * alone, as first names are (« Microsoft » is not short for « Microsoft Ignite »).
 */
function shortFormOwner(
  key: string,
  lastWords: Map<string, string[]>,
  firstWords: Map<string, string[]>,
  entities: Map<string, EntityDraft>,
  alone: number,
): string | undefined {
  const last = lastWords.get(key) ?? [];
  const first = firstWords.get(key) ?? [];
  if (last.length === 1) return last[0];
  if (last.length === 0 && first.length === 1 && alone <= 2) {
    const full = entities.get(first[0]!)!;
    if (full.name.split(" ").length === 2 && !INNER_CAPITAL.test(key)) return first[0];
  }
  return undefined;
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
  for (const cue of c.cues) {
    const m = cue.re.exec(before);
    // « la société Acme a limogé Paul Roux »: the cue belongs to the name right after it, not to
    // one further on past another name.
    if (m && !/\p{Lu}/u.test(original.slice(m.index + 1))) score[cue.kind] += cue.weight;
  }
  if (c.complementBefore.test(before) && c.roleBefore.test(before)) score.organisation += 2;
  // Articles go before organisations and places, not before people: « la Silicon Valley ».
  if (n.text.includes(" ") && /(?:^|[^\p{L}])(?:le|la|les|l'|the)\s*$/u.test(before))
    score.organisation += 1.5;
  if (/^'s\b/.test(after)) score.organisation += 0.5;
}

function bump(map: Map<string, { f: number; m: number }>, key: string, g: "f" | "m"): void {
  const entry = map.get(key) ?? { f: 0, m: 0 };
  entry[g]++;
  map.set(key, entry);
}

function findMainOrg(
  sentences: readonly SentenceUnit[],
  mentions: Mention[][],
  entities: Map<string, EntityDraft>,
  c: Compiled,
): string | undefined {
  const counts = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const m of mentions[i]!) {
      if (entities.get(m.entity)!.kind !== "organisation") continue;
      const weight = c.complementBefore.test(s.folded.slice(Math.max(0, m.start - 4), m.start))
        ? 2
        : 1;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + weight);
    }
  });
  let best: string | undefined;
  for (const [key, n] of counts) if (best === undefined || n > counts.get(best)!) best = key;
  return best;
}

function addGroups(
  sentences: readonly SentenceUnit[],
  mentions: Mention[][],
  entities: Map<string, EntityDraft>,
  mainOrg: string | undefined,
  cfg: LanguageConfig,
  c: Compiled,
): void {
  sentences.forEach((s, i) => {
    const list = mentions[i]!;
    for (const { re, rule } of c.groups) {
      re.lastIndex = 0;
      for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
        if (rule.original && !rule.original.test(s.text.slice(m.index, m.index + m[0].length)))
          continue;
        const end = m.index + m[0].length;
        const complement = c.complementAfter.exec(s.folded.slice(end, end + 6));
        const next = complement
          ? list.find((x) => x.start === end + complement[0].length)
          : undefined;
        const org =
          next && entities.get(next.entity)!.kind === "organisation" ? next.entity : mainOrg;
        const key = `${rule.group}:${org ?? ""}`;
        let entity = entities.get(key);
        if (!entity) {
          const orgName = org ? entities.get(org)!.name : undefined;
          entity = {
            key,
            name: cfg.groupName(rule.group, orgName),
            kind: rule.kind,
            kindConfidence: 1,
            aliases: new Set(),
            plural: rule.plural,
            ...(rule.gender ? { gender: rule.gender } : {}),
            descriptions: [],
            mentions: 0,
          };
          entities.set(key, entity);
        }
        entity.mentions++;
        const spanEnd = next && next.entity === org ? next.end : end;
        list.push({ start: m.index, end: spanEnd, entity: key, kind: rule.kind, via: "group" });
      }
    }
    // « le géant de la technologie »: the organisation named last, in this sentence or the one before.
    c.giant.lastIndex = 0;
    for (let m = c.giant.exec(s.folded); m; m = c.giant.exec(s.folded)) {
      const at = m.index;
      const isOrg = (x: Mention) =>
        entities.get(x.entity)?.kind === "organisation" && x.via === "name";
      const here = list.filter((x) => x.end <= at && isOrg(x)).at(-1);
      const before = i > 0 ? mentions[i - 1]!.filter(isOrg).at(-1) : undefined;
      const org = here ?? before;
      if (org)
        list.push({
          start: at,
          end: at + m[0].length,
          entity: org.entity,
          kind: "organisation",
          via: "description",
        });
    }
    if (mainOrg) {
      c.company.lastIndex = 0;
      for (let m = c.company.exec(s.folded); m; m = c.company.exec(s.folded)) {
        if (
          c.complementAfter.test(s.folded.slice(m.index + m[0].length, m.index + m[0].length + 4))
        )
          continue;
        list.push({
          start: m.index,
          end: m.index + m[0].length,
          entity: mainOrg,
          kind: "organisation",
          via: "description",
        });
      }
    }
  });
}

function withoutOverlaps(list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
