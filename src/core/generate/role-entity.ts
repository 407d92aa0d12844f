import type { Entity } from "../facts/model.js";
import { entitiesNamedIn as named } from "../facts/named-in.js";
import { memoPerObject } from "../memo.js";
import {
  describedAs,
  descriptionOf,
  uniqueDescription,
  whatIs,
  whoIsDescribed,
} from "../phrase/descriptions.js";
import { asChoice, familyOf, type Named } from "../phrase/names.js";
import { word } from "../phrase/words.js";
import { capitalize } from "../text/capitalize.js";
import { fold } from "../text/fold.js";
import { mentions } from "../text/mentions.js";
import type { GenContext } from "./context.js";
import { difficultyOf, pickTiered, sample, type Tiered } from "./distractors/pick.js";
import type { BuildOptions, Built, Draft } from "./draft.js";
import { sameBody } from "./fits.js";
import { KIND_WEIGHT } from "./rank.js";
import { explain, singleChoice } from "./single.js";

const WIDE_SAMPLE = 24;

/** « Qui est le PDG de Microsoft ? » and « Qui est Satya Nadella ? », from the descriptions. */
export function entityRoleDrafts(ctx: GenContext, ids: readonly string[]): Draft[] {
  const drafts: Draft[] = [];
  for (const id of ids) {
    const entity = ctx.index.entities.get(id);
    const description = entity && descriptionOf(ctx.phrase, entity);
    if (!entity || !description) continue;
    const name = ctx.phrase.name(id)!;
    if (name.foreign) continue;
    const score =
      new Set(description.sources).size +
      2 * (ctx.index.centrality.get(id) ?? 0) +
      KIND_WEIGHT.role;
    for (const variant of ["who", "what"] as const) {
      const qid = `${id}.role.${variant}`;
      drafts.push({
        id: qid,
        kind: "role",
        facts: [id],
        sources: description.sources,
        score: score - (variant === "what" ? 0.1 : 0),
        key: `role|${qid}`,
        build: (options) =>
          buildDescribed(
            ctx,
            {
              entity,
              name,
              text: description.text,
              sources: description.sources,
              variant,
              id: qid,
            },
            options,
          ),
      });
    }
  }
  return drafts;
}

interface Described {
  entity: Entity;
  name: Named;
  text: string;
  sources: string[];
  variant: "who" | "what";
  id: string;
}

/** What the description questions read of an entity, computed once per pack and language. */
interface Profile {
  name: Named;
  /** Its description in the language written, folded, and the longer words of it. */
  text?: string;
  folded?: string;
  words: string[];
  /** Every description it has, in any language, folded. */
  all: Set<string>;
}

const profiles = memoPerObject<GenContext, string, Profile | undefined>();

function profileOf(ctx: GenContext, id: string): Profile | undefined {
  return profiles(ctx, id, () => {
    const entity = ctx.index.entities.get(id);
    if (!entity) return undefined;
    const desc = descriptionOf(ctx.phrase, entity);
    const folded = desc ? fold(desc.text) : undefined;
    return {
      name: ctx.phrase.name(id)!,
      ...(desc ? { text: desc.text, folded } : {}),
      words: folded ? folded.split(/\W+/).filter((w) => w.length >= 5) : [],
      all: new Set(entity.descriptions.map((x) => fold(x.text))),
    };
  });
}

function buildDescribed(
  ctx: GenContext,
  d: Described,
  { rng, difficulty }: BuildOptions,
): Built | string {
  const self = profileOf(ctx, d.entity.id)!;
  const own = self.all;
  const names = ctx.index.names.get(d.entity.id) ?? new Set<string>();
  const family = familyOf(d.entity.kind);
  // A French description of a person agrees with the person (« directrice »): offer only people
  // of the same gender, or the agreement gives the answer away.
  const alike = (other: Named) =>
    other.plural === d.name.plural &&
    (!ctx.phrase.grammar.agreesWithPerson ||
      d.name.kind !== "person" ||
      other.gender === d.name.gender);
  const words = new Set(self.words);
  // « Qui est un chercheur chez OpenAI ? »: a description one of many fits may fit anyone tied
  // to what it names, so only people the facts tie to none of it are wrong for sure.
  const selfUnique = uniqueDescription(d.text, ctx.phrase.grammar);
  const namedInSelf = named(ctx.index, d.text);
  // « Qui est le directeur général ? » asks whose: a post that is one person's only is asked
  // when its description names what it belongs to (« le directeur général de Nestlé »).
  if (d.variant === "who" && selfUnique && namedInSelf.size === 0) {
    return "a post of one person that names no organisation: whose is it?";
  }
  // What it names, and the organisations behind the products it names.
  const namedAround = new Set(namedInSelf);
  for (const id of namedInSelf) {
    if (ctx.index.entities.get(id)?.kind !== "product") continue;
    for (const maker of ctx.ties.get(id) ?? []) {
      if (ctx.index.entities.get(maker)?.kind === "organisation") namedAround.add(maker);
    }
  }
  const tiedTo = (id: string, others: ReadonlySet<string>) =>
    [...others].some((o) => o === id || (ctx.ties.get(id)?.has(o) ?? false));
  // « Quelle organisation … ? » offers organisations; « Qui … ? » people and groups alike.
  const sameKind = d.entity.kind !== "person" && d.entity.kind !== "group";
  const candidates: Tiered<{ id: string; text: string }>[] = [];
  for (const id of sample(ctx.pools.family.get(family) ?? [], WIDE_SAMPLE, rng)) {
    if (id === d.entity.id || namedInSelf.has(id) || sameBody(ctx, id, d.entity.id)) continue;
    if (sameKind && ctx.index.entities.get(id)?.kind !== d.entity.kind) continue;
    const other = profileOf(ctx, id);
    if (!other?.text || !other.folded || other.name.foreign) continue;
    if (!alike(other.name) || own.has(other.folded)) continue;
    if (self.folded && other.all.has(self.folded)) continue;
    // « Qu'est-ce qu'OpenAI ? » cannot offer « investisseur d'OpenAI »: it reads as wrong at once.
    if (d.variant === "what" && [...names].some((n) => mentions(other.folded!, n))) continue;
    if (d.variant === "who" && !selfUnique && tiedTo(id, namedInSelf)) continue;
    // « Qui est le directeur de la recherche d'OpenAI ? » offers people of OpenAI (or of the
    // company behind a product it names), not Microsoft's chief executive.
    if (d.variant === "who" && selfUnique && namedAround.size > 0 && !tiedTo(id, namedAround)) {
      continue;
    }
    // « Qui est Ilya Sutskever ? » cannot offer « chercheur chez OpenAI »: he may be one too.
    if (
      d.variant === "what" &&
      !uniqueDescription(other.text, ctx.phrase.grammar) &&
      tiedTo(d.entity.id, named(ctx.index, other.text))
    ) {
      continue;
    }
    const shared = other.words.some((w) => words.has(w));
    candidates.push({ value: { id, text: other.text }, tier: shared ? 0 : 2, own: true });
  }
  const picked = pickTiered(candidates, {
    rng,
    difficulty,
    count: 3,
    key: (c) => (d.variant === "who" ? c.id : fold(c.text)),
  });
  if (picked.length < 2) return "fewer than two others of the same kind with a description";
  let prompt: string;
  let answer: string;
  let distractors: string[];
  if (d.variant === "who") {
    const described = describedAs(ctx.phrase, d.name, d.text);
    if (!described) return "no gender to write the description's article";
    prompt = whoIsDescribed(ctx.phrase, d.name, described);
    answer = asChoice(d.name);
    distractors = picked.map((p) => asChoice(ctx.phrase.name(p.value.id)!));
  } else {
    prompt = whatIs(ctx.phrase, d.name);
    answer = capitalize(d.text);
    distractors = picked.map((p) => capitalize(p.value.text));
  }
  const described = describedAs(ctx.phrase, d.name, d.text);
  const be = ctx.phrase.grammar.be(d.name.plural);
  const sentence = described
    ? `${asChoice(d.name)} ${be} ${described}.`
    : `${asChoice(d.name)}${word(ctx.lang, "colon")}${d.text}.`;
  const question = singleChoice(
    {
      id: d.id,
      kind: "role",
      facts: [d.entity.id],
      sources: d.sources,
      prompt,
      answer: { text: answer },
      distractors: distractors.map((text) => ({ text })),
      explanation: explain([sentence]),
      difficulty: difficultyOf(picked),
    },
    rng,
  );
  return {
    question,
    answer: { fact: d.entity.id, field: "description", value: d.text },
    forbidden: d.variant === "who" ? names : own,
    giveaways: d.variant === "who" ? [...names] : [fold(d.text)],
  };
}
