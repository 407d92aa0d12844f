import type { Qualifier } from "../../facts/model.js";
import { formatDateAdverbial } from "../../i18n/format.js";
import type { AboutRule, LanguageConfig, UnitRule } from "../config.js";
import type { ClaimDraft, DateMention, Mention } from "../types.js";
import type { SentenceContext } from "./context.js";
import { genericAbout } from "./figures.js";
import { ASIDE } from "./slots.js";

interface Compiled {
  number: RegExp;
  word: RegExp;
  scale: RegExp;
  units: { re: RegExp; rule: UnitRule }[];
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

const cache = new WeakMap<LanguageConfig, Compiled>();

function compile(cfg: LanguageConfig): Compiled {
  let c = cache.get(cfg);
  if (c) return c;
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
  c = {
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
    units: cfg.units.map((rule) => ({
      re: new RegExp(
        // « 58-year-old »: a hyphen may join the figure to its unit.
        // "40,000 Verizon workers", "33,000 American jobs": a name or a word may come between.
        `^(?:-|\\s*)(?:de |d'|of )?\\s*(?:(?:prochains?|derniers?|premiers?|next|last|first|[\\p{L}-]{2,20})\\s+){0,2}(?:${rule.match})(?![\\p{L}])`,

        "u",
      ),
      rule,
    })),
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
  cache.set(cfg, c);
  return c;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  unit?: UnitRule;
}

function parseNumber(raw: string, fraction: string | undefined): number {
  return Number(`${raw.replace(/[ .,]/g, "")}${fraction ? `.${fraction}` : ""}`);
}

/** A number at `start` (digits or a number word) with its scale and unit, or null. */
function amountAt(
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
  for (const u of c.units) {
    const m = u.re.exec(folded.slice(at, at + 40));
    if (m) {
      unit = u.rule;
      at += m[0].length;
      break;
    }
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
function inDate(d: DateMention, at: number, folded: string): boolean {
  if (at < d.start || at >= d.end) return false;
  if (!d.ownsEventsInside) return true;
  const link = /(?<![\p{L}])(?:apres|avant|after|before)(?![\p{L}])/u.exec(
    folded.slice(d.start, d.end),
  );
  return !link || at < d.start + link.index;
}

/**
 * The figures of a sentence with what they count: « plus de 500 des 770 employés » gives 500,
 * more-than, out of 770, employés. A figure becomes a claim only when its unit is known and a
 * context rule says what it is about (« le montant investi par X dans Y »); dates, list numbers,
 * ordinals and version numbers (« GPT-4 ») are not figures.
 */
export function readClaims(
  ctx: SentenceContext,
  dates: readonly DateMention[],
  cfg: LanguageConfig,
): ClaimDraft[] {
  if (ctx.sentence.question) return [];
  const c = compile(cfg);
  const folded = ctx.sentence.folded;
  const found: Amount[] = [];
  c.number.lastIndex = 0;
  for (let m = c.number.exec(folded); m; m = c.number.exec(folded)) {
    if (dates.some((d) => inDate(d, m!.index, folded))) continue;
    if (
      ctx.mentions.some((x) => x.end <= m!.index && m!.index - x.end <= 1 && x.kind === "product")
    )
      continue;
    const amount = amountAt(
      folded,
      m.index,
      m.index + m[0].length,
      parseNumber(m[1]!, m[2]),
      c,
      cfg,
    );
    if (amount) found.push(amount);
  }
  c.word.lastIndex = 0;
  for (let m = c.word.exec(folded); m; m = c.word.exec(folded)) {
    const amount = amountAt(
      folded,
      m.index,
      m.index + m[0].length,
      cfg.numberWords.get(m[1]!)!,
      c,
      cfg,
    );
    // « un » is an article unless a scale or a unit follows: « un milliard de dollars ».
    if (amount?.unit && (amount.value > 1 || c.scale.test(folded.slice(m.index + m[0].length))))
      found.push(amount);
  }
  found.sort((a, b) => a.start - b.start);
  const out: ClaimDraft[] = [];
  const used = new Set<Amount>();
  for (const amount of found) {
    if (used.has(amount)) continue;
    let total: Amount | undefined;
    const join = c.total.exec(folded.slice(amount.end, amount.end + 20));
    if (join) {
      total = found.find(
        (a) => a.start >= amount.end && a.start <= amount.end + join[0].length + 12 && a.unit,
      );
      if (total) used.add(total);
    }
    const unit = amount.unit ?? total?.unit;
    if (!unit) continue;
    const qualifier = qualifierBefore(folded, amount.start, c);
    const date = dates.find((d) => !d.ownsEventsInside);
    const about = aboutOf(ctx, unit, amount, total, date, c, cfg);
    if (!about) continue;
    const totalQualifier = total ? qualifierBefore(folded, total.start, c) : undefined;
    out.push({
      about: about.text,
      value: amount.value,
      ...(total ? { total: total.value } : {}),
      qualifier,
      ...(totalQualifier && totalQualifier !== "exactly" ? { totalQualifier } : {}),
      unit: unit.unit,
      ...(date && about.dated ? { date: date.date } : {}),
      ...(about.subject ? { subject: about.subject } : {}),
      evidence: ctx.sentence.text,
      confidence: about.confidence,
      reason: `${unit.reason}; ${about.reason}`,
      rule: `claim/${unit.category}/${about.rule}`,
    });
    // « 500 des 770 employés de l'entreprise »: the total is itself the size of the workforce.
    if (
      total &&
      unit.category === "people" &&
      ctx.mainOrg &&
      !ofAPart(ctx.sentence.text, amount.end, total)
    ) {
      const rule = cfg.about.find(
        (r) =>
          r.category === "people" &&
          r.about.includes("{main") &&
          (!r.units || r.units.includes(unit.unit)),
      );
      if (rule) {
        out.push({
          about: fill(rule.about, { main: ctx.entities.get(ctx.mainOrg)!.name }, cfg)!,
          value: total.value,
          qualifier: totalQualifier ?? "exactly",
          unit: unit.unit,
          subject: ctx.mainOrg,
          evidence: ctx.sentence.text,
          confidence: 0.6,
          reason: `${unit.reason}; the total of « N des M » is the workforce`,
          rule: "claim/people/workforce-total",
        });
      }
    }
  }
  return out;
}

// « des 1 200 salariés du siège », "of the 900 workers at the Leeds plant": the staff of one site
// or department, not the whole company. Read in the text as written, where a name has a capital
// (« des 450 salariés d'Acme » is the company's staff).
const PART_OF =
  /^\s+(?:(?:du|de la|de l['’]|des|d['’])\s*(?!entreprise|groupe|soci[ée]t[ée]|compagnie|firme|start-?up|constructeur|[ée]diteur)\p{Ll}|(?:at|in|of) the (?!company|group|firm|start-?up)\p{Ll})/u;

// "1,800 of the plant's 2,500 workers": the part is named before the total.
const PART_BEFORE = /(?:the|its)\s+(?!company|group|firm)\p{Ll}+['’]s\s+$/u;

function ofAPart(text: string, amountEnd: number, total: Amount): boolean {
  return (
    PART_OF.test(text.slice(total.end, total.end + 40)) ||
    PART_BEFORE.test(text.slice(amountEnd, total.start))
  );
}

function qualifierBefore(folded: string, start: number, c: Compiled): Qualifier {
  const before = folded.slice(Math.max(0, start - 20), start).replace(/(?:\$|€|£)\s*$/, "");
  for (const q of c.qualifier) if (q.re.test(before)) return q.qualifier;
  return "exactly";
}

interface About {
  text: string;
  confidence: number;
  reason: string;
  /** The about rule's short name, for the claim's family. */
  rule: string;
  subject?: string;
  dated: boolean;
}

function aboutOf(
  ctx: SentenceContext,
  unit: UnitRule,
  amount: Amount,
  total: Amount | undefined,
  date: DateMention | undefined,
  c: Compiled,
  cfg: LanguageConfig,
): About | null {
  const folded = ctx.sentence.folded;
  const name = (m: Mention | undefined) => (m ? ctx.entities.get(m.entity)!.name : undefined);
  const orgs = ctx.mentions.filter((m) => m.kind === "organisation" || m.kind === "person");
  const actor = orgs.filter((m) => m.end <= amount.start).at(-1);
  const after = folded.slice(amount.end);
  const targetPrep = /^[^.;]{0,40}?(?<![\p{L}])(?:dans|in|into)\s+/u.exec(after);
  const target = targetPrep
    ? ctx.mentions.find(
        (m) => m.start === amount.end + targetPrep[0].length && m.kind === "organisation",
      )
    : undefined;
  const complement = c.complement.exec(after);
  const ofOrg = complement
    ? ctx.mentions.find(
        (m) => m.start === amount.end + complement[0].length && m.kind === "organisation",
      )
    : undefined;
  const person = ctx.mentions.filter((m) => m.kind === "person" && m.end <= amount.start).at(-1);
  const values: Record<string, string | undefined> = {
    actor: name(actor),
    target: name(target),
    // « 12 % of Vega », « a 12% stake in Vega », « 12 % du capital de Vega », else the
    // organisation named before the figure.
    org:
      name(ofOrg) ??
      name(target) ??
      name(ownedAfter(ctx, amount.end)) ??
      name(orgs.filter((m) => m.end <= amount.start && m.kind === "organisation").at(-1)),
    person:
      name(person) ?? (ctx.lastPerson() ? ctx.entities.get(ctx.lastPerson()!)?.name : undefined),
    main: ctx.mainOrg ? ctx.entities.get(ctx.mainOrg)?.name : undefined,
    date: date && date.date.length < 10 ? formatDateAdverbial(date.date, cfg.lang) : undefined,
  };
  // The words around the figure say what it counts, not the whole sentence: « signée par 650
  // employés » and « autour de 700 employés au total » are two figures of one sentence. Past the
  // figure (or its total: « 300 des 1 200 salariés du siège ont signé »), the words up to the
  // next figure count, within 120 characters (« 4 000 supporteurs avaient réclamé son départ
  // dans une pétition »).
  const from = Math.max(0, amount.start - 60);
  const end = total?.end ?? amount.end;
  const next = folded.slice(end, end + 120).search(/\d/);
  const around = folded.slice(from, end + (next < 0 ? 120 : Math.max(40, next)));
  const before = folded.slice(Math.max(0, amount.start - 30), amount.start);
  const generic = () => {
    const g = genericAbout(
      ctx,
      { start: amount.start, end: amount.end, unit },
      total?.end ?? amount.end,
      cfg,
    );
    return g
      ? {
          text: g.text,
          confidence: 0.5,
          reason: "a figure and the one it belongs to",
          rule: g.rule,
          dated: false,
          subject: g.subject,
        }
      : null;
  };
  for (const { re, unless, followedBy, ownerVerb, rule } of c.about) {
    if (rule.category !== unit.category) continue;
    if (rule.units && !rule.units.includes(unit.unit)) continue;
    if (unless?.test(before.replace(/(?:\$|€|£|us\$)\s*$/, ""))) continue;
    if (followedBy && !followedBy.test(after)) continue;
    const owner = ownerVerb ? verbOwner(ctx, ownerVerb, amount.start, c) : undefined;
    if (ownerVerb && !owner) continue;
    values.owner = name(owner);
    if (
      rule.anchored
        ? !holdsFigure(re, around, amount.start - from, amount.end - from)
        : !re.test(around)
    )
      continue;
    const text = fill(rule.about, values, cfg);
    if (!text) continue;
    const subjectName = rule.about.includes("{owner}")
      ? owner?.entity
      : rule.about.includes("{person}")
        ? (person?.entity ?? ctx.lastPerson())
        : rule.about.includes("{actor}")
          ? actor?.entity
          : rule.about.includes("{main}")
            ? ctx.mainOrg
            : ofOrg?.entity;
    return {
      text: text.replace(/\s+/g, " ").trim(),
      confidence: rule.confidence,
      reason: rule.reason,
      rule: rule.id ?? aboutId(rule),
      dated: rule.about.includes("{date}"),
      ...(subjectName ? { subject: subjectName } : {}),
    };
  }
  return generic();
}

/** A short name for an about rule: the words of its template (« montant-investi »). */
function aboutId(rule: AboutRule): string {
  return (
    rule.about
      .replace(/\{[^}]*\}/g, " ")
      .replace(/[^a-z]+/gi, " ")
      .trim()
      .split(" ")
      .filter((w) => w.length > 3)
      .slice(0, 3)
      .join("-") || "x"
  );
}

// A name right after a preposition completes another noun (« le site de Lyon », "the plant in
// Ohio"): it is not the subject of the verb that follows.
const OBJECT_OF_PREPOSITION =
  /(?<![\p{L}])(?:de|du|des|a|au|aux|en|dans|sur|pour|chez|avec|of|in|at|from|for|to|near|with)\s+$|d'$/u;

/**
 * « Optika emploie 4 500 personnes », « Vega, qui compte 700 salariés »: the organisation that is
 * the subject of the verb right before the figure. None when something else is (« le site de
 * Lyon, qui emploie »).
 */
function verbOwner(
  ctx: SentenceContext,
  verb: RegExp,
  figure: number,
  c: Compiled,
): Mention | undefined {
  const folded = ctx.sentence.folded;
  const from = Math.max(0, figure - 50);
  const m = verb.exec(folded.slice(from, figure));
  if (!m) return undefined;
  const at = from + m.index;
  const before = ctx.mentions.filter((x) => x.end <= at);
  let subject = before.at(-1);
  if (subject && !c.ownerGap.test(folded.slice(subject.end, at)))
    subject = before.findLast((x) => ASIDE.test(folded.slice(x.end, at)));
  if (subject?.kind !== "organisation") return undefined;
  const head = folded.slice(Math.max(0, subject.start - 8), subject.start);
  if (OBJECT_OF_PREPOSITION.test(head)) return undefined;
  return subject;
}

/** The organisation a share belongs to, named soon after it: « du capital de Vega ». */
function ownedAfter(ctx: SentenceContext, end: number): Mention | undefined {
  const folded = ctx.sentence.folded;
  return ctx.mentions.find(
    (m) =>
      m.kind === "organisation" &&
      m.start > end &&
      m.start - end <= 40 &&
      /^[^.;,]*(?<![\p{L}])(?:de|d'|of|in)\s*$/u.test(folded.slice(end, m.start)),
  );
}

/** Whether a match of `re` (global) in `text` covers the figure at [start, end). */
function holdsFigure(re: RegExp, text: string, start: number, end: number): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index <= start && m.index + m[0].length >= end) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** Fills {name} placeholders; optional ones are written {?date}. Null when a required one is empty. */
function fill(
  template: string,
  values: Record<string, string | undefined>,
  cfg: LanguageConfig,
): string | null {
  let missing = false;
  const text = template.replace(
    /\{(\??)(\w+)(?::(\w+))?\}/g,
    (_all, optional: string, key: string, form: string | undefined) => {
      const value = values[key];
      if (value === undefined) {
        if (!optional) missing = true;
        return "";
      }
      return form === "of" ? cfg.of(value) : value;
    },
  );
  return missing ? null : text;
}
