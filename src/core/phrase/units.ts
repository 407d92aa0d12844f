import type { Claim, Language } from "../facts/model.js";
import { aboutOf, LANGUAGE_LIST } from "../languages/registry.js";
import { fold } from "../text/fold.js";
import { escapeRegExp } from "../text/regexp.js";
import type { PhraseContext } from "./context.js";
import { withDirection } from "./figure-evidence.js";

// Units figures are counted in, each language's words for them (languages/<code>/about.ts
// `units`): a figure whose pack gives its unit in one language is said in another without a
// translation in the pack. A unit not listed needs the pack's translation.

// The unit extraction gives things it counts without a word of their own (stores, countries,
// votes): what they are is in what the figure is about (« le nombre de pays »), so the number
// is said bare, never "100 units".
const THINGS = new Set(["unites", "units"]);

/**
 * A claim's unit in the language being written: the pack's own or its translation, else the
 * table's; undefined when the claim has a unit this language has no word for.
 */
export function unitIn(ctx: PhraseContext, claim: Claim): string | undefined {
  if (claim.unit === undefined) return undefined;
  const own = ctx.text(claim, "unit");
  if (own) return own;
  return unitTranslated(claim.unit, ctx.index.lang, ctx.lang);
}

/**
 * A unit of one language in another by the concept both list it under: the concept's first word
 * there; the word itself when both are one language.
 */
function unitTranslated(unit: string, from: Language, to: Language): string | undefined {
  const key = fold(unit);
  const found = aboutOf(from).units.find(([, w]) => fold(w) === key);
  if (!found) return undefined;
  if (from === to) return found[1];
  return aboutOf(to).units.find(([concept]) => concept === found[0])?.[1];
}

/**
 * The claim as this language says it (its `about` and unit in that language), or undefined
 * when the pack gives no words for what it counts in it.
 */
export function claimIn(ctx: PhraseContext, claim: Claim): Claim | undefined {
  const own = ctx.text(claim, "about");
  if (!own) return undefined;
  // The sentence the figure was read from is in the pack's language: it says which way a
  // change went only to a label in that language. A true or false question's wrong figure is
  // not in it: the claim as read is.
  const about = ctx.native ? withDirection(own, ctx.index.claims.get(claim.id) ?? claim) : own;
  if (claim.unit === undefined) return { ...claim, about };
  if (THINGS.has(fold(claim.unit))) {
    const { unit: _things, ...bare } = claim;
    return { ...bare, about };
  }
  const unit = unitIn(ctx, claim);
  if (!unit) return undefined;
  // A figure in per cent counts no people: « plus de 90 % » is the share of them.
  if (unit === "%") return { ...claim, about: shareOf(about), unit };
  return { ...claim, about, unit };
}

/** « le nombre d'employés signataires » → « la part des employés signataires ». */
function shareOf(about: string): string {
  return LANGUAGE_LIST.reduce(
    (text, { figures }) => text.replace(figures.share[0], figures.share[1]),
    about,
  );
}

/**
 * The claim with no unit when what it is about already names it: « le nombre de points du plan
 * est de 3 », not « … de 3 points ». A total keeps it (« 650 sur environ 700 employés »).
 */
export function unitOnce(claim: Claim): Claim {
  if (claim.unit === undefined || claim.total !== undefined) return claim;
  if (!countsIn(claim.about, claim.unit)) return claim;
  const { unit: _said, ...bare } = claim;
  return bare;
}

/** True when `about` is a number of the unit (« le nombre total d'employés », "the number of points"). */
function countsIn(about: string, unit: string): boolean {
  const a = fold(about);
  if (!LANGUAGE_LIST.some(({ figures }) => figures.numberOf.test(a))) return false;
  const u = escapeRegExp(fold(unit));
  if (new RegExp(`(^|[^\\p{L}])${u}([^\\p{L}]|$)`, "u").test(a)) return true;
  // « le nombre de collaborateurs … est de 70 000 employés »: another word for the same staff.
  const counted = LANGUAGE_LIST.map(({ figures }) => figures.counted.exec(a)?.[1]).find(Boolean);
  return !!counted && STAFF.has(counted) && STAFF.has(fold(unit));
}

/** Words for the people an organisation employs, in every language: they count the same thing. */
const STAFF: ReadonlySet<string> = new Set(LANGUAGE_LIST.flatMap(({ figures }) => figures.staff));
