import type { Claim, Language } from "../facts/model.js";
import { fold } from "../text/fold-memo.js";
import type { PhraseContext } from "./context.js";

// Units figures are counted in, French beside English: a figure whose pack gives its unit in one
// language is said in the other without a translation in the pack. Data, one pair a line; a unit
// not listed needs the pack's translation.
const PAIRS: readonly (readonly [fr: string, en: string])[] = [
  ["%", "%"],
  ["dollars", "dollars"],
  ["euros", "euros"],
  ["livres", "pounds"],
  ["ans", "years"],
  ["mois", "months"],
  ["semaines", "weeks"],
  ["jours", "days"],
  ["heures", "hours"],
  ["employés", "employees"],
  ["salariés", "employees"],
  ["personnes", "people"],
  ["postes", "jobs"],
  ["emplois", "jobs"],
  ["points", "points"],
  ["magasins", "stores"],
  ["usines", "plants"],
  ["membres", "members"],
  ["voix", "votes"],
  ["grévistes", "strikers"],
  ["passagers", "passengers"],
  ["actions", "shares"],
];

const BY_LANG: Record<Language, Map<string, Record<Language, string>>> = {
  fr: new Map(PAIRS.map(([fr, en]) => [fold(fr), { fr, en }])),
  en: new Map([...PAIRS].reverse().map(([fr, en]) => [fold(en), { fr, en }])),
};

/**
 * A claim's unit in the language being written: the pack's own or its translation, else the
 * table's; undefined when the claim has a unit this language has no word for.
 */
export function unitIn(ctx: PhraseContext, claim: Claim): string | undefined {
  if (claim.unit === undefined) return undefined;
  const own = ctx.text(claim, "unit");
  if (own) return own;
  return BY_LANG[ctx.index.lang].get(fold(claim.unit))?.[ctx.lang];
}

/**
 * The claim as this language says it (its `about` and unit in that language), or undefined
 * when the pack gives no words for what it counts in it.
 */
export function claimIn(ctx: PhraseContext, claim: Claim): Claim | undefined {
  const about = ctx.text(claim, "about");
  if (!about) return undefined;
  if (claim.unit === undefined) return { ...claim, about };
  const unit = unitIn(ctx, claim);
  return unit ? { ...claim, about, unit } : undefined;
}
