import { rememberedPer } from "../../memo.js";
import type { LanguageConfig, UnitRule } from "../config.js";
import type { Mention } from "../types.js";
import { inside, type SentenceContext } from "./context.js";
import { governed, prepositionBefore } from "./discourse.js";
import { grammar } from "./grammar.js";

/** A figure as the quantity reader found it: where it is, its value and unit. */
export interface Figure {
  start: number;
  end: number;
  unit: UnitRule;
}

/** What the generic reader says a figure is about, and how it found the one it belongs to. */
export interface GenericAbout {
  text: string;
  subject: string;
  rule: string;
}

/** The figure patterns of a language, compiled once. */
function compileOnce(cfg: LanguageConfig) {
  const w = cfg.figureWords;
  return {
    // The money noun nearest before the figure, with its determiner: « l'offre », "its debt".
    moneyNoun: new RegExp(
      `(?<![\\p{L}'’])((?:(?:${cfg.determiners})(?:\\s+|(?<=')))?(?:(?!(?:${w.joins})\\s)[\\p{L}-]{3,}\\s+)?(?:${w.moneyNouns}))(?![\\p{L}])`,
      "gu",
    ),
    moneyAfter: new RegExp(
      `^\\s+(?:(?:${cfg.grammar.into}|${cfg.complement})(?:\\s+|(?<=')))((?:${w.moneyNouns}))(?![\\p{L}])`,
      "u",
    ),
    possessive: new RegExp(`(?<![\\p{L}])(?:${w.possessives})\\s+(?:[\\p{L}-]+\\s+)?$`, "u"),
    of: new RegExp(`^\\s*(?:${cfg.complement})\\s*(?:(?:${cfg.determiners})(?:\\s+|(?<=')))?`, "u"),
    ownerBefore: /['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u,
    possessiveAfterOf: new RegExp(`^\\s*(?:${w.possessives})\\s`, "u"),
    that: new RegExp(grammar(cfg).that.source, "gu"),

    leadingDeterminer: new RegExp(`^(?:${cfg.determiners})\\s+`, "iu"),
    ownPopulation: new RegExp(`^(?:${w.population})\\s+(${w.possessives})\\s`, "u"),
    relative: new RegExp(`(?<![\\p{L}])(?:${cfg.relative})(?![\\p{L}])`, "gu"),
    changeBefore: new RegExp(`(?<![\\p{L}])(?:${w.changes})(?![\\p{L}])[^.;,]{0,25}$`, "u"),
    // A word right after the figure that it qualifies (not « des », "of", punctuation).
    nounAfter: new RegExp(
      `^\\s+(?!(?:${w.population}|${cfg.qualifierWordsAfter})(?![\\p{L}]))\\p{L}`,
      "u",
    ),
    // « les actions d'Orbis ont reculé de 3 % », "Shares in Facebook slid 5 percent": the company.
    shares: new RegExp(
      `(?<![\\p{L}])(?:${w.shares})\\s+(?:${cfg.complement}|${cfg.grammar.into})\\s*$`,
      "u",
    ),
    population: new RegExp(`^\\s*((?:${w.population})\\s+(?:[\\p{L}-]+\\s+)?(?:[\\p{L}-]+))`, "u"),
    preposition: prepositionBefore(cfg),
  };
}

/** {@link compileOnce}, once for each language. */
const compile = rememberedPer(compileOnce);

type Compiled = ReturnType<typeof compileOnce>;

const HOLDER_KINDS = new Set(["person", "organisation", "group"]);

/**
 * Whom a figure belongs to: the one named by « de X », "of X", a possessive "X's" or « ses »
 * around it, else the subject of its clause (the name before it that no preposition governs, a
 * pronoun resolved). None when the sentence does not say.
 */
function holderOf(
  ctx: SentenceContext,
  figure: Figure,
  end: number,
  c: Compiled,
): { mention?: Mention; entity: string; how: string } | undefined {
  const folded = ctx.sentence.folded;
  const text = ctx.sentence.text;
  const fits = (m: Mention) => HOLDER_KINDS.has(m.kind) && !inside(ctx.quotes, m.start);
  // « les 619 salariés de l'usine Michelin », "9 percent of Facebook's market value".
  const of = c.of.exec(folded.slice(end, end + 30));
  // "17% of its staff": the possessive says whose, not the noun after it.
  if (
    of &&
    !c.possessiveAfterOf.test(folded.slice(end + of[0].length - 1, end + of[0].length + 8))
  ) {
    const m = ctx.mentions.find(
      (x) => x.start >= end && x.start <= end + of[0].length + 20 && fits(x),
    );
    if (m && /^[\s\p{Ll}'-]*$/u.test(folded.slice(end + of[0].length, m.start)))
      return { mention: m, entity: m.entity, how: "of" };
  }
  // "Shares in Facebook slid 5 percent".
  const stock = ctx.mentions.find(
    (x) =>
      x.end <= figure.start &&
      fits(x) &&
      c.shares.test(folded.slice(Math.max(0, x.start - 20), x.start)),
  );
  if (stock && figure.start - stock.end < 40)
    return { mention: stock, entity: stock.entity, how: "shares" };
  // "Disney's stock closed at $98".
  const owner = ctx.mentions.filter((x) => x.end <= figure.start && fits(x)).at(-1);
  if (
    owner &&
    c.ownerBefore.test(text.slice(owner.end, figure.start)) &&
    figure.start - owner.end < 40
  )
    return { mention: owner, entity: owner.entity, how: "owner" };
  // The clause's subject: the nearest name before that no preposition governs.
  // The clause: after the last « ; », « : » or « que », "that" before the figure.
  const that = [...folded.slice(0, figure.start).matchAll(c.that)].at(-1);
  const clause = Math.max(
    folded.lastIndexOf(";", figure.start),
    folded.lastIndexOf(":", figure.start),
    that?.index ?? -1,
  );

  // « le site de Lyon, qui emploie 350 personnes », "its plant, which employs 350 workers": in a
  // relative clause the figure is the antecedent's, and none when that is no name.
  const relative = [...folded.slice(clause + 1, figure.start).matchAll(c.relative)].at(-1);
  if (relative) {
    const at = clause + 1 + relative.index!;
    const antecedent = ctx.mentions.filter((x) => x.end <= at && fits(x)).at(-1);
    return antecedent &&
      /^\s*,?\s*$/.test(folded.slice(antecedent.end, at)) &&
      !governed(text, antecedent.start, c.preposition)
      ? { mention: antecedent, entity: antecedent.entity, how: "relative" }
      : undefined;
  }
  const before = ctx.mentions.filter(
    (x) =>
      x.end <= figure.start &&
      x.start > clause &&
      fits(x) &&
      !governed(text, x.start, c.preposition),
  );
  const possessive = c.possessive.test(folded.slice(Math.max(0, figure.start - 24), figure.start));
  const subject = before[0];
  if (subject && !possessive) return { mention: subject, entity: subject.entity, how: "subject" };
  // « ses 82 magasins », "its 735 stores", "it was letting go of 982 employees": who the sentence
  // is about.
  if (subject) return { mention: subject, entity: subject.entity, how: "possessive" };
  if (ctx.subject && HOLDER_KINDS.has(ctx.entities.get(ctx.subject)?.kind ?? "place"))
    return { entity: ctx.subject, how: "discourse" };
  return undefined;
}

/** « de Michelin », "of Michelin", "Michelin's": the holder in a label, as the language writes it. */
function label(template: string, noun: string, holder: string, cfg: LanguageConfig): string {
  return template
    .replace("{noun}", noun)
    .replace("{of:the:noun}", noun ? (cfg.ofThe?.(noun) ?? cfg.of(noun)) : "")
    .replace("{of:noun}", noun ? cfg.of(noun) : "")
    .replace("{of:holder}", cfg.of(holder))
    .replace("{holder's}", /s$/i.test(holder) ? `${holder}'` : `${holder}'s`)
    .replace("{holder}", holder)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What a figure no context rule knows is about, from its unit and the words around it: « le
 * montant de l'offre de General Electric », "the number of stores of Toys R Us". A figure whose
 * holder the sentence does not name is left out.
 */
export function genericAbout(
  ctx: SentenceContext,
  figure: Figure,
  end: number,
  cfg: LanguageConfig,
): GenericAbout | null {
  const c = compile(cfg);
  const holder = holderOf(ctx, figure, end, c);
  if (!holder) return null;
  const entity = ctx.entities.get(holder.entity);
  if (!entity) return null;
  const folded = ctx.sentence.folded;
  const text = ctx.sentence.text;
  const w = cfg.figureWords.labels;
  let noun = "";
  let kind = figure.unit.category;
  if (kind === "money") {
    const after = c.moneyAfter.exec(folded.slice(end, end + 24));
    const window = folded.slice(Math.max(0, figure.start - 60), figure.start);
    let last: RegExpExecArray | null = null;
    c.moneyNoun.lastIndex = 0;
    for (let m = c.moneyNoun.exec(window); m; m = c.moneyNoun.exec(window)) last = m;
    if (after) {
      const at = end + after[0].length - after[1]!.length;
      noun = text.slice(at, at + after[1]!.length);
    } else if (last) {
      const at = figure.start - window.length + last.index;
      noun = text.slice(at, at + last[1]!.length);
    }
    if (!noun) return null;
  } else if (kind === "percent") {
    // "a 5% raise", « une hausse de 15 % »: a change, which no population makes a share of.
    if (c.changeBefore.test(folded.slice(Math.max(0, figure.start - 30), figure.start)))
      return null;
    if (c.nounAfter.test(folded.slice(end, end + 20))) return null;
    // "Shares fell 9.8%, and Orbit said…": a percentage whose holder the sentence does not name
    // before it, and whose population it does not say, is no one's share.
    if (holder.how === "discourse" && !c.population.test(folded.slice(end, end + 40))) return null;

    const population = c.population.exec(folded.slice(end, end + 40));
    noun = population ? text.slice(end, end + population[0].length).trim() : "";
  } else if (kind === "people" || kind === "thing") {
    // The counted noun as written, without the figures (« 300 des 450 salariés »), their scale
    // or a name before it.
    noun = text
      .slice(figure.start, end)
      .replace(/^.*\d[\d\s.,\u00a0\u202f]*/su, "")
      .split(/\s+/)
      .filter((word) => word && !cfg.scales.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word))
      .join(" ");
    kind = "people";
  } else return null;
  // "5% of its workforce", « 47 % de son programme de vols »: the holder's, said plainly.
  const own = kind === "percent" ? c.ownPopulation.exec(noun.toLowerCase()) : null;
  if (own && cfg.figureWords.owned[own[1]!] !== undefined) {
    const rest = noun.slice(own[0].length).trim();
    const owned = `${cfg.figureWords.owned[own[1]!]} ${rest}`.trim().replace(/' /, "'");
    return {
      text: label(w.percentOwn.replace("{owned}", owned), "", entity.name, cfg).replace(
        "{of:owned}",
        cfg.of(owned),
      ),
      subject: holder.entity,
      rule: `generic-${holder.how}`,
    };
  }
  // « la part des journalistes de France Télé »: a group holder is the population itself.
  const group = entity.kind === "group";
  const named =
    noun !== "" && ctx.mentions.some((m) => m.start >= end && m.start < end + noun.length + 2);
  const template =
    kind === "money"
      ? w.money
      : kind === "percent"
        ? noun && !group && !named
          ? w.percentOf
          : w.percent
        : group
          ? w.countGroup
          : w.count;
  // "the amount of Vega's fine": an English possessive takes no determiner after it.
  if (template.includes("{holder's}")) noun = noun.replace(c.leadingDeterminer, "");
  return {
    text: label(
      template,
      noun.toLowerCase() === noun ? noun : noun.toLowerCase(),
      entity.name,
      cfg,
    ),
    subject: holder.entity,
    rule: `generic-${holder.how}`,
  };
}
