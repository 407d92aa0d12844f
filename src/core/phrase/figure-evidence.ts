import type { FactIndex } from "../facts/fact-index.js";
import type { Claim, Language } from "../facts/model.js";
import { entitiesNamedIn } from "../facts/named-in.js";
import { phrasingOf } from "../languages/phrasings.js";
import { escapeRegExp } from "../text/regexp.js";

// A workforce (« le nombre total d'employés de GE », "the number of employees of Lyft") is read
// from a sentence that may count only part of it: the staff of one site (« près de 4 000
// personnes à Belfort »), a share of it ("982 employees, or 17% of its staff"), or the people let
// go ("letting go of 982 employees"). The label cannot say so, and asked as the whole staff the
// figure teaches a falsehood: the sentence the figure was read from decides. Shapes per language
// (languages/<code>/shapes.ts), no story's words.

/** Why the figure's sentence says its workforce label is only part of it, or undefined. */
export function workforceProblem(lang: Language, about: string, claim: Claim): string | undefined {
  const words = phrasingOf(lang).evidence.workforce;
  if (!claim.evidence || !words.label.test(about.toLowerCase())) return undefined;
  const at = figureIn(claim.evidence, claim.value);
  if (!at) return undefined;
  const after = claim.evidence.slice(at.end, at.end + 60);
  const before = claim.evidence.slice(Math.max(0, at.start - 40), at.start);
  if (words.place.test(after)) return "the staff of one place read as the whole workforce";
  if (words.part.test(after)) return "a part of the staff read as the whole workforce";
  if (words.cut.test(before.toLowerCase())) return "the people let go read as the workforce";
  return undefined;
}

// "the change in the share price of Vega is 5%" does not say that it fell: read from "Shares in
// Vega slid 5%", it teaches a rise. The word of moving right before the figure says which way.
const FALL =
  /(?<![\p{L}])(?:fell|falls?|falling|slid|slides?|sliding|dropped|drops?|down|lost|loses?|plunged|declined|dipped|tumbled|sank|slumped|shed)(?![\p{L}])/gu;
const RISE =
  /(?<![\p{L}])(?:rose|rises?|rising|gained|gains?|jumped|jumps?|up|climbed|soared|surged|advanced|added)(?![\p{L}])/gu;

/** "the change in …": a move the label says not the way of. */
export const CHANGE_LABEL = /^the change in /iu;

/** Which way the figure's sentence says it moved, from the nearest word before it. */
export function changeDirection(claim: Claim): "fall" | "rise" | undefined {
  if (!claim.evidence) return undefined;
  const at = figureIn(claim.evidence, claim.value);
  if (!at) return undefined;
  const before = claim.evidence.slice(Math.max(0, at.start - 40), at.start).toLowerCase();
  const last = (re: RegExp) => [...before.matchAll(re)].at(-1)?.index ?? -1;
  const fall = last(FALL);
  const rise = last(RISE);
  if (fall < 0 && rise < 0) return undefined;
  return fall > rise ? "fall" : "rise";
}

/** "the fall in the share price of Vega": the change as its sentence says it went, else as it is. */
export function withDirection(about: string, claim: Claim): string {
  if (!CHANGE_LABEL.test(about)) return about;
  const way = changeDirection(claim);
  return way ? about.replace(CHANGE_LABEL, `the ${way} in `) : about;
}

/**
 * A name its sentence writes with a number after it ("the S&P 500", « le CAC 40 »), which the
 * label cut short: "the share price of S&P" is no one's.
 */
export function nameCutShort(index: FactIndex, claim: Claim): boolean {
  if (!claim.evidence) return false;
  // The names it holds, and the capitalised words it ends on, which may be no entity's.
  const tail = /\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*$/u.exec(claim.about)?.[0];
  const names = [...entitiesNamedIn(index, claim.about)].map((id) => index.entities.get(id)?.name);
  for (const name of [...names, tail]) {
    if (!name) continue;
    const at = claim.evidence.indexOf(name);
    if (at < 0) continue;
    const number = /^\s(\d+)(?![\d.,]*\s*%)/u.exec(claim.evidence.slice(at + name.length))?.[1];
    // "Vega 2024" is a year, not a part of the name.
    if (number && !/^(?:19|20)\d\d$/.test(number)) return true;
  }
  return false;
}

// "the amount of Vega's offer" read from « l'offre d'Orbis d'un montant de … », which Vega's board
// only approved: the sentence names the sum's owner right after its noun, and it is another.

/** True when the figure's sentence gives the sum's noun to another owner than its label's. */
export function sumOfAnother(index: FactIndex, claim: Claim): boolean {
  if (!claim.evidence) return false;
  const words = phrasingOf(index.lang).evidence.sum;
  const m = words.label.exec(claim.about);
  if (!m) return false;
  const [noun, holder] = words.parts(m);
  const owner = words.owner(escapeRegExp(noun)).exec(claim.evidence)?.[1];
  if (!owner) return false;
  const said = [...entitiesNamedIn(index, owner)];
  const held = entitiesNamedIn(index, holder);
  if (said.length > 0) return said.every((id) => !held.has(id));
  return !holder.includes(owner);
}

/** Where the figure is written in its sentence: 4000 as « 4000 », « 4 000 » or "4,000"; 2.4 as "2,4". */
function figureIn(text: string, value: number): { start: number; end: number } | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  const [whole, fraction] = String(value).split(".");
  const digits = whole!;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const decimals = fraction ? `[.,]${fraction}` : "";
  const re = new RegExp(
    `(?<![\\d.,])${groups.join("[\\s\\u00a0\\u202f.,]?")}${decimals}(?![\\d]|[.,]\\d)`,
    "u",
  );
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
