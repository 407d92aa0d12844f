import type { Qualifier } from "../../facts/model.js";
import { rememberedPer } from "../../memo.js";
import type { AboutRule, LanguageConfig, UnitRule } from "../config.js";
import type { DateMention } from "../types.js";
import { prepositionBefore } from "./discourse.js";
import { type Grammar, grammar } from "./grammar.js";

/** The quantity patterns of a language, compiled once. */
export interface Compiled {
  g: Grammar;
  /** A preposition right before a name: « le site de Lyon », "the plant in Ohio". */
  preposition: RegExp;
  /** « du capital de Vega », "stake in Vega": the company a share is of. */
  ownedBy: RegExp;
  number: RegExp;
  word: RegExp;
  scale: RegExp;
  /** Every unit in one pattern, each its own group, in the order of `rules`. */
  units: { re: RegExp; rules: readonly UnitRule[] };
  /** A currency sign or code right before a figure (« €6,5 », "GBP1.045"), captured. */
  currency: RegExp;
  qualifier: { re: RegExp; qualifier: Qualifier }[];
  total: RegExp;
  about: {
    re: RegExp;
    unless: RegExp | undefined;
    followedBy: RegExp | undefined;
    ownerVerb: RegExp | undefined;
    rule: AboutRule;
  }[];
  /** What may stand between an owner and its verb: « Optika emploie », « Vega, qui compte ». */
  ownerGap: RegExp;
  complement: RegExp;
}

function compileQuantitiesOnce(cfg: LanguageConfig): Compiled {
  const group = cfg.decimalComma ? "[ .]" : ",";
  const codes = [...cfg.currencies.keys()]
    .filter((k) => /^[a-z$]+$/.test(k))
    .map((k) => k.replace("$", "\\$"))
    .join("|");
  const glued = [
    ...[...cfg.scales.keys()].filter((k) => k.length <= 3),
    ...[...cfg.currencies.keys()].filter((k) => /^[a-z]+$/.test(k)),
  ].join("|");
  const decimal = cfg.decimalComma ? "," : "\\.";
  return {
    g: grammar(cfg),
    preposition: prepositionBefore(cfg),
    ownedBy: new RegExp(`^[^.;,]*(?<![\\p{L}])(?:${cfg.complement}|${cfg.grammar.into})\\s*$`, "u"),
    // A currency code may be glued before (« GBP1.045 million »), a short scale after (« €6.5bn »).
    number: new RegExp(
      `(?:(?<![\\p{L}\\d,.\\-/])|(?<=${codes}))(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?(?![\\d]|[.,/-]\\d)(?!(?!(?:${glued})(?![\\p{L}]))\\p{L})`,
      "gu",
    ),
    word: new RegExp(`(?<![\\p{L}])(${[...cfg.numberWords.keys()].join("|")})(?=\\s)`, "gu"),
    scale: new RegExp(`^\\s*(${[...cfg.scales.keys()].join("|")})(?![\\p{L}])`, "u"),
    currency: new RegExp(
      `(${[...cfg.currencies.keys()].map((k) => k.replace("$", "\\$")).join("|")})\\s*$`,
      "u",
    ),
    // One pattern for every unit, the nearest first: « 58-year-old » (a hyphen may join the figure
    // to its unit), "40,000 Verizon workers", "33,000 American jobs" (a name or a word between).
    units: {
      re: new RegExp(
        `^(?:-|\\s*)(?:(?:${cfg.complement})\\s*)?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${cfg.units
          .map((rule) => `(${rule.match.replace(/\((?!\?)/g, "(?:")})`)
          .join("|")})(?![\\p{L}])`,
        "u",
      ),
      rules: cfg.units,
    },
    qualifier: cfg.qualifiers.map((q) => ({
      re: new RegExp(`(?:^|[^\\p{L}])(?:${q.match})\\s*$`, "u"),
      qualifier: q.qualifier,
    })),
    total: new RegExp(`^\\s+(?:${cfg.totalJoin})\\s+`, "u"),
    about: cfg.about.map((rule) => ({
      re: new RegExp(rule.context, rule.anchored ? "gu" : "u"),
      unless: rule.unless ? new RegExp(`(?<![\\p{L}])(?:${rule.unless})\\s*$`, "u") : undefined,
      followedBy: rule.followedBy
        ? new RegExp(`^\\s*(?:${rule.followedBy})(?![\\p{L}])`, "u")
        : undefined,
      // The verb, then at most a qualifier (« emploie plus de », "employs about") before the figure.
      ownerVerb: rule.ownerVerb
        ? new RegExp(`(?<![\\p{L}])(?:${rule.ownerVerb})\\s+(?:[\\p{L}']+\\s+){0,3}$`, "u")
        : undefined,
      rule,
    })),
    ownerGap: new RegExp(`^\\s*(?:,\\s*(?:${cfg.relative})\\s*)?$`, "u"),
    complement: new RegExp(`^\\s*(?:${cfg.complement})\\s*`, "u"),
  };
}

/** {@link compileQuantitiesOnce}, once for each language. */
export const compileQuantities = rememberedPer(compileQuantitiesOnce);

/** A figure read in a sentence: where, its value, and its unit when one follows or precedes. */
export interface Amount {
  start: number;
  end: number;
  value: number;
  unit?: UnitRule;
}

export function parseNumber(raw: string, fraction: string | undefined): number {
  return Number(`${raw.replace(/[ .,]/g, "")}${fraction ? `.${fraction}` : ""}`);
}

/** A number at `start` (digits or a number word) with its scale and unit, or null. */
export function amountAt(
  folded: string,
  start: number,
  end: number,
  value: number,
  c: Compiled,
  cfg: LanguageConfig,
): Amount | null {
  let at = end;
  const scale = c.scale.exec(folded.slice(at, at + 20));
  if (scale) {
    // « 4,1 milliards »: 4.1 × 1e9 is 4099999999.9999995 in binary floating point; the article
    // wrote a decimal, so the product is rounded back to the digits it had.
    value = Number((value * (cfg.scales.get(scale[1]!) ?? 1)).toPrecision(12));
    at += scale[0].length;
  }
  let unit: UnitRule | undefined;
  const m = c.units.re.exec(folded.slice(at, at + 40));
  if (m) {
    unit = c.units.rules[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    at += m[0].length;
  }
  const currency = unit ? undefined : c.currency.exec(folded.slice(Math.max(0, start - 4), start));
  if (currency) {
    unit = {
      match: "",
      unit: cfg.currencies.get(currency[1]!)!,
      category: "money",
      reason: "currency sign or code before the figure",
    };
  }
  return { start, end: at, value, ...(unit ? { unit } : {}) };
}

/**
 * Whether a figure is part of a date. « trois jours après que 500 salariés ont signé »: a date
 * that holds its event holds figures of that event, which are not the date's.
 */
export function inDate(d: DateMention, at: number, folded: string, c: Compiled): boolean {
  if (at < d.start || at >= d.end) return false;
  if (!d.ownsEventsInside) return true;
  const link = c.g.beforeAfter.exec(folded.slice(d.start, d.end));
  return !link || at < d.start + link.index;
}

// « des 1 200 salariés du siège », "of the 900 workers at the Leeds plant": the staff of one site
// or department, not the whole company; "1,800 of the plant's 2,500 workers": the part is named
// before the total (grammar.ts). Read in the text as written, where a name has a capital.
export function ofAPart(text: string, amountEnd: number, total: Amount, c: Compiled): boolean {
  return (
    c.g.partOf.test(text.slice(total.end, total.end + 40)) ||
    c.g.partBefore.test(text.slice(amountEnd, total.start))
  );
}

export function qualifierBefore(folded: string, start: number, c: Compiled): Qualifier {
  const before = folded.slice(Math.max(0, start - 20), start).replace(/(?:\$|€|£)\s*$/, "");
  for (const q of c.qualifier) if (q.re.test(before)) return q.qualifier;
  return "exactly";
}
