import type { LanguageConfig } from "../config.js";
import type { ClaimDraft, DateMention } from "../types.js";
import { aboutOf, fill } from "./about.js";
import {
  type Amount,
  amountAt,
  compileQuantities,
  inDate,
  ofAPart,
  parseNumber,
  qualifierBefore,
} from "./amounts.js";
import type { SentenceContext } from "./context.js";
import { grammar } from "./grammar.js";

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
  const c = compileQuantities(cfg);
  const folded = ctx.sentence.folded;
  // "As a Rewards member, you earn 5% on every purchase": a sentence that speaks to the reader,
  // outside any quotation, is an advertisement or the site's, not the news.
  if (outsideQuotes(ctx, folded).some((part) => grammar(cfg).reader.test(part))) return [];
  const found: Amount[] = [];
  c.number.lastIndex = 0;
  for (let m = c.number.exec(folded); m; m = c.number.exec(folded)) {
    if (dates.some((d) => inDate(d, m!.index, folded, c))) continue;
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
    const holderName = about.subject ? ctx.entities.get(about.subject)?.name : undefined;
    out.push({
      about:
        unit.category === "people"
          ? whereCounted(about.text, ctx, amount.end, holderName, c, cfg)
          : about.text,
      value: amount.value,
      ...(total ? { total: total.value } : {}),
      qualifier,
      ...(totalQualifier && totalQualifier !== "exactly" ? { totalQualifier } : {}),
      unit: unit.unit,
      ...(date && about.dated ? { date: date.date } : {}),
      ...(about.subject ? { subject: about.subject } : {}),
      evidence: ctx.sentence.text,
      confidence: 0,
      reason: `${unit.reason}; ${about.reason}`,
      rule: `claim/${unit.category}/${about.rule}`,
    });
    // « 500 des 770 employés de l'entreprise »: the total is itself the size of the workforce.
    if (
      total &&
      unit.category === "people" &&
      ctx.mainOrg &&
      !ofAPart(ctx.sentence.text, amount.end, total, c)
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
          confidence: 0,
          reason: `${unit.reason}; the total of « N des M » is the workforce`,
          rule: "claim/people/workforce-total",
        });
      }
    }
  }
  return out;
}

/**
 * « près de 4000 personnes à Belfort », « les 619 salariés de l'usine Michelin de la
 * Roche-sur-Yon »: people counted in one place or one site are that place's or that site's, not
 * the whole company's; what is counted says so (« … de General Electric à Belfort », « … de
 * l'usine Michelin de la Roche-sur-Yon »). Read in the text as written, where names have capitals.
 */
function whereCounted(
  about: string,
  ctx: SentenceContext,
  end: number,
  holder: string | undefined,
  c: ReturnType<typeof compileQuantities>,
  cfg: LanguageConfig,
): string {
  const after = ctx.sentence.text.slice(end, end + 120);
  const place = c.g.placeAfter.exec(after);
  // "33,000 workers at Boeing": a company there is whose they are, not where. After « à » or
  // "in", a name read as a company only for want of any cue (one word, nothing around it) is
  // the place; after "at", only a place is.
  const at = place ? end + place[0].length - place[2]!.length : -1;
  const known = ctx.mentions.find((m) => m.start === at);
  const entity = known ? ctx.entities.get(known.entity) : undefined;
  const isPlace =
    entity?.kind === "place" ||
    (!!place &&
      !c.g.placeOnlyAfter.test(place[1]!) &&
      (!entity || (entity.kind === "organisation" && entity.kindConfidence < 0.5)));
  if (place && isPlace && !about.includes(place[2]!)) return `${about} ${place[1]} ${place[2]}`;
  if (!holder || !c.g.partOf.test(after.slice(0, 40))) return about;
  const site = c.g.siteAfter.exec(after)?.[1]?.replace(c.g.siteClause, "").trim();
  const owner = ` ${cfg.of(holder)}`;
  // "at the end of 2013": a time, not a site.
  if (!site || /\d/.test(site) || !about.endsWith(owner)) return about;
  const counted = about.slice(0, -owner.length);
  return site.includes(holder) ? `${counted} ${site}` : `${counted} ${site}${owner}`;
}

/** The parts of a sentence outside its quotations. */
function outsideQuotes(ctx: SentenceContext, folded: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const q of ctx.quotes) {
    parts.push(folded.slice(from, q.start));
    from = Math.max(from, q.end);
  }
  parts.push(folded.slice(from));
  return parts;
}
