import { familyOf } from "../../phrase/names.js";
import type { Random } from "../../random.js";
import { fold } from "../../text/fold-memo.js";
import { mentions } from "../../text/mentions.js";
import type { GenContext } from "../context.js";
import { sample, type Tiered } from "./pick.js";

/** How many candidates of the wide pool are looked at, whatever the pack's size. */
const WIDE_SAMPLE = 24;

export interface EntityRequest {
  answer: string;
  /** Pool keys of the people in the same role (see `peerKey`): nearest distractors. */
  peers: readonly string[];
  /** Entity ids that may not be distractors: other true answers, those the prompt names. */
  exclude: ReadonlySet<string>;
  /** Folded names no distractor may carry. */
  forbidden: ReadonlySet<string>;
  /** When set, distractors share this gender and number (the prompt agrees with them). */
  same?: (id: string) => boolean;
  /** Only entities of the answer's own kind: « Quelle organisation … ? » offers organisations. */
  sameKind?: boolean;
  /** Only entities that could have played the answer's part (see fits.ts). */
  fits?: (id: string) => boolean;
  /** The question's text, folded: an entity it names is no distractor (« Qui a évincé Sam Altman » never offers Sam Altman). */
  text?: string;
  rng: Random;
}

/** Entity ids to offer beside the answer: same family, never another true answer. */
export function entityDistractors(ctx: GenContext, req: EntityRequest): Tiered<string>[] {
  const answer = ctx.index.entities.get(req.answer);
  if (!answer) return [];
  const family = familyOf(answer.kind);
  const ok = (id: string) => {
    if (id === req.answer || req.exclude.has(id)) return false;
    const e = ctx.index.entities.get(id);
    if (!e || familyOf(e.kind) !== family || ctx.phrase.name(id)?.foreign) return false;
    if (req.sameKind && e.kind !== answer.kind) return false;
    if (req.same && !req.same(id)) return false;
    if (req.fits && !req.fits(id)) return false;
    const names = ctx.index.names.get(id) ?? new Set<string>();
    for (const n of names) {
      if (req.forbidden.has(n)) return false;
      if (req.text && mentions(req.text, n)) return false;
    }
    return true;
  };
  // "Bob Dudley" and "Robert Dudley", « Mme Martin » and « Léa Martin »: people of one surname
  // may be one person read twice, so a surname stands once among the choices.
  const surnames = new Set([surnameOf(ctx, req.answer)].filter(Boolean));
  const fresh = (id: string) => {
    const surname = surnameOf(ctx, id);
    if (surname && surnames.has(surname)) return false;
    if (surname) surnames.add(surname);
    return true;
  };
  const candidates: Tiered<string>[] = [];
  const near = new Set<string>();
  for (const key of req.peers) {
    for (const id of sample(ctx.pools.peers.get(key) ?? [], WIDE_SAMPLE, req.rng)) {
      if (!near.has(id) && ok(id) && fresh(id)) {
        near.add(id);
        candidates.push({ value: id, tier: 0 });
      }
    }
  }
  for (const id of sample(ctx.pools.family.get(family) ?? [], WIDE_SAMPLE, req.rng)) {
    if (!near.has(id) && ok(id) && fresh(id)) candidates.push({ value: id, tier: 2 });
  }
  return candidates;
}

/** A person's last name, folded, or "" for anything else. */
function surnameOf(ctx: GenContext, id: string): string {
  const e = ctx.index.entities.get(id);
  if (e?.kind !== "person") return "";
  const words = fold(e.name).split(" ");
  return words.length > 1 ? words[words.length - 1]! : "";
}
