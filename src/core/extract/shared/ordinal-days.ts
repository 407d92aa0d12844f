import { rememberedPer } from "../../memo.js";
import type { LanguageConfig } from "../config.js";
import type { ClaimDraft } from "../types.js";
import { inside, type SentenceContext } from "./context.js";

/**
 * « ce 25 septembre, onzième jour de grève des pilotes », "on the 13th straight day of the
 * strike": the day a strike has reached is a count of its days. The language gives its ordinals
 * and the pattern around them (`ordinalDays`); the holder is the group on strike named after the
 * pattern, else who the sentence is about.
 */
export function readOrdinalDays(ctx: SentenceContext, cfg: LanguageConfig): ClaimDraft[] {
  const o = cfg.ordinalDays;
  if (!o) return [];
  const c = compile(cfg);
  const folded = ctx.sentence.folded;
  const out: ClaimDraft[] = [];
  c.pattern.lastIndex = 0;
  for (let m = c.pattern.exec(folded); m; m = c.pattern.exec(folded)) {
    if (inside(ctx.quotes, m.index)) continue;
    const word = m[1]!;
    const value = /^\d/.test(word) ? Number.parseInt(word, 10) : o.ordinals.get(word);
    if (!value || value < 2) continue;
    // The strike must be the sentence's: the pattern holds it, or the sentence names one.
    if (!c.strike.test(folded)) continue;
    const end = m.index + m[0].length;
    const after = ctx.mentions.find(
      (x) =>
        x.start >= end && x.start <= end + 6 && (x.kind === "group" || x.kind === "organisation"),
    );
    const subject = ctx.subject && ctx.entities.get(ctx.subject);
    const holder =
      after?.entity ??
      (subject && (subject.kind === "group" || subject.kind === "organisation")
        ? subject.key
        : undefined);
    if (!holder) continue;
    out.push({
      about: o.label.replace("{of:holder}", cfg.of(ctx.entities.get(holder)!.name)),
      value,
      qualifier: "exactly",
      unit: o.unit,
      subject: holder,
      evidence: ctx.sentence.text,
      confidence: 0,
      reason: "the day a strike has reached: a count of its days",
      rule: `claim/time/strike-day${after ? "" : "/subject"}`,
    });
  }
  return out;
}

interface Compiled {
  pattern: RegExp;
  strike: RegExp;
}

function compileOnce(cfg: LanguageConfig): Compiled {
  const o = cfg.ordinalDays!;
  const words = [...o.ordinals.keys()].sort((a, b) => b.length - a.length).join("|");
  return {
    pattern: new RegExp(
      `(?<![\\p{L}\\d-])${o.pattern.replace("{n}", `(\\d{1,3}(?:${o.digitSuffix})|${words})`)}`,
      "gu",
    ),
    strike: new RegExp(`(?<![\\p{L}])(?:${o.strike})(?![\\p{L}])`, "u"),
  };
}

/** {@link compileOnce}, once for each language. */
const compile = rememberedPer(compileOnce);
