import { formatDateAdverbial } from "../../i18n/format.js";
import type { AboutRule, LanguageConfig, UnitRule } from "../config.js";
import type { DateMention, Mention } from "../types.js";
import type { Amount, Compiled } from "./amounts.js";
import type { SentenceContext } from "./context.js";
import { governed } from "./discourse.js";
import { genericAbout } from "./figures.js";

/** What a figure is about, as a context rule or the generic reader says. */
export interface About {
  text: string;
  reason: string;
  /** The about rule's short name, for the claim's family. */
  rule: string;
  subject?: string;
  dated: boolean;
}

export function aboutOf(
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
  const targetPrep = c.g.into.exec(after);
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
  // « Âgé de 34 ans, Geoffroy Lejeune… »: a phrase that opens the sentence is about the person
  // named right after its comma.
  const opening = ctx.mentions.find(
    (m) =>
      m.kind === "person" &&
      m.start >= amount.end &&
      /^[^,;.]{0,20},\s*$/.test(ctx.sentence.text.slice(amount.end, m.start)),
  );
  const person =
    ctx.mentions.filter((m) => m.kind === "person" && m.end <= amount.start).at(-1) ??
    (ctx.mentions.every((m) => m.start >= amount.end) ? opening : undefined);
  const values: Record<string, string | undefined> = {
    actor: name(actor),
    target: name(target),
    // « 12 % of Vega », « a 12% stake in Vega », « 12 % du capital de Vega », else the
    // organisation named before the figure.
    org:
      name(ofOrg) ??
      name(target) ??
      name(ownedAfter(ctx, amount.end, c)) ??
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
    // What was bought is named after the word of buying (« le rachat de X », "the acquisition of
    // X", "to buy X"), never the buyer named before the figure: "HP announced the $10.3 billion
    // acquisition of Autonomy" is the price paid for Autonomy.
    values.bought = rule.about.includes("{bought")
      ? name(namedAfterContext(ctx, re, from, around))
      : undefined;
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
      reason: rule.reason,
      rule: rule.id ?? aboutId(rule),
      dated: rule.about.includes("{date}"),
      ...(subjectName ? { subject: subjectName } : {}),
    };
  }
  return generic();
}

/**
 * The organisation named right after the rule's context word in the words around a figure, in
 * the same phrase.
 */
function namedAfterContext(
  ctx: SentenceContext,
  re: RegExp,
  from: number,
  around: string,
): Mention | undefined {
  const m = new RegExp(re.source, re.flags.replace("g", "")).exec(around);
  if (!m) return undefined;
  const at = from + m.index + m[0].length;
  const named = ctx.mentions.find((x) => x.kind === "organisation" && x.start >= at);
  // Within the same phrase: "its largest acquisition, the AP reported" names no purchase.
  const between = named ? ctx.sentence.folded.slice(at, named.start) : "";
  return named && /^[^,;.:()]{0,50}$/.test(between) ? named : undefined;
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
    subject = before.findLast((x) => c.g.aside.test(folded.slice(x.end, at)));
  if (subject?.kind !== "organisation") return undefined;
  if (governed(ctx.sentence.text, subject.start, c.preposition)) return undefined;

  return subject;
}

/** The organisation a share belongs to, named soon after it: « du capital de Vega ». */
function ownedAfter(ctx: SentenceContext, end: number, c: Compiled): Mention | undefined {
  const folded = ctx.sentence.folded;
  return ctx.mentions.find(
    (m) =>
      m.kind === "organisation" &&
      m.start > end &&
      m.start - end <= 40 &&
      c.ownedBy.test(folded.slice(end, m.start)),
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
export function fill(
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
