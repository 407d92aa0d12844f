import { fold } from "../../text/fold.js";
import type { LanguageConfig } from "../config.js";
import type { EntityDraft, Mention, SentenceUnit } from "../types.js";
import type { Compiled } from "./entity-patterns.js";
import { grammar } from "./grammar.js";

export function findMainOrg(
  sentences: readonly SentenceUnit[],
  mentions: Mention[][],
  entities: Map<string, EntityDraft>,
  c: Compiled,
  cfg: LanguageConfig,
): string | undefined {
  const attribution = grammar(cfg).attribution;
  const counts = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const m of mentions[i]!) {
      if (entities.get(m.entity)!.kind !== "organisation") continue;
      // « selon Les Echos », "according to Reuters": the outlet that reports is not the subject.
      if (attribution.test(s.folded.slice(Math.max(0, m.start - 24), m.start))) continue;
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

export function addGroups(
  sentences: readonly SentenceUnit[],
  mentions: Mention[][],
  entities: Map<string, EntityDraft>,
  mainOrg: string | undefined,
  cfg: LanguageConfig,
  c: Compiled,
): void {
  const possessive = grammar(cfg).possessive;
  sentences.forEach((s, i) => {
    const list = mentions[i]!;
    for (const { re, rule } of c.groups) {
      re.lastIndex = 0;
      for (let m = re.exec(s.folded); m; m = re.exec(s.folded)) {
        if (rule.original && !rule.original.test(s.text.slice(m.index, m.index + m[0].length)))
          continue;
        const end = m.index + m[0].length;
        // « le Conseil supérieur de l'audiovisuel », « le Syndicat national des journalistes »:
        // a group's noun inside a longer name is that name's word, not a group.
        if (
          list.some(
            (x) =>
              x.via === "name" &&
              x.start <= m!.index &&
              end <= x.end &&
              x.end - x.start > end - m!.index,
          )
        )
          continue;
        const complement = c.complementAfter.exec(s.folded.slice(end, end + 6));
        const next = complement
          ? list.find((x) => x.start === end + complement[0].length)
          : undefined;
        // "Verizon workers", "Google employees": the organisation right before the noun.
        const prev = list.find(
          (x) => x.via === "name" && /^\s$/.test(s.folded.slice(x.end, m!.index)),
        );
        const isOrg = (x: Mention | undefined) =>
          x !== undefined && entities.get(x.entity)!.kind === "organisation";
        // "Lyft said it was letting go of 17% of its staff": a possessive's staff is that of the
        // organisation the sentence is about, the first it names not after « de », "of".
        const owner = possessive.test(s.folded.slice(Math.max(0, m.index - 24), m.index))
          ? list.find(
              (x) =>
                x.via === "name" &&
                x.end <= m!.index &&
                isOrg(x) &&
                !c.complementBefore.test(s.folded.slice(Math.max(0, x.start - 4), x.start)),
            )
          : undefined;
        const org = isOrg(next)
          ? next!.entity
          : isOrg(prev)
            ? prev!.entity
            : (owner?.entity ?? mainOrg);
        const noun = s.text.slice(m.index, end).toLowerCase();
        // « Le Conseil supérieur de l'audiovisuel a… Le conseil a désigné… »: the noun that
        // heads the organisation's own name is that organisation, said short, not its board.
        if (org && fold(entities.get(org)!.name).startsWith(`${fold(noun)} `)) {
          list.push({ start: m.index, end, entity: org, kind: "organisation", via: "description" });
          continue;
        }
        const key =
          rule.group === "people"
            ? `people:${fold(noun)}:${org ?? ""}`
            : `${rule.group}:${org ?? ""}`;
        let entity = entities.get(key);
        if (!entity) {
          const orgName = org ? entities.get(org)!.name : undefined;
          entity = {
            key,
            name: cfg.groupName(rule.group, orgName, noun),
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
        const spanStart = prev && prev.entity === org ? prev.start : m.index;
        if (spanStart < m.index) list.splice(list.indexOf(prev!), 1);
        list.push({ start: spanStart, end: spanEnd, entity: key, kind: rule.kind, via: "group" });
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
        const end = m.index + m[0].length;
        // « le groupe de Vincent Bolloré » names another: a name after « de » is someone else's
        // company; « le fabricant de produits » is still the article's.
        const complement = c.complementAfter.exec(s.folded.slice(end, end + 6));
        if (complement && /^\p{Lu}/u.test(s.text.slice(end + complement[0].length))) continue;

        // « la société Optika »: the noun introduces the name after it, which may be another
        // company than the one the article is about.
        if (list.some((x) => x.via === "name" && /^\s+$/.test(s.folded.slice(end, x.start))))
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

export function withoutOverlaps(list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
