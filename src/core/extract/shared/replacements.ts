import type { EntityKind } from "../../facts/model.js";
import { rememberedPer } from "../../memo.js";
import type { LanguageConfig } from "../config.js";
import type { DateMention, EventDraft, Mention } from "../types.js";
import { inside, type SentenceContext } from "./context.js";
import { type Compiled, compileEvents } from "./event-patterns.js";
import { eventDate, modalityOf } from "./modality.js";
import { leftSlot } from "./slots.js";

interface Patterns {
  passive: RegExp;
  active: RegExp;
  adverbial: RegExp;
  agent: RegExp;
}

const PASSIVE_BEFORE =
  /(?<![\p{L}])(?:est|ete|sera|serait|etre|sont|seront|be|is|was|been|being|were|are)\s+$/u;
const PERSON: readonly EntityKind[] = ["person"];

function compileOnce(cfg: LanguageConfig): Patterns {
  const w = cfg.replacement;
  const word = (s: string) => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])`, "gu");
  return {
    passive: word(w.passive),
    active: word(w.active),
    adverbial: word(w.adverbial),
    agent: new RegExp(`^\\s*(?:${cfg.agent})\\s`, "u"),
  };
}

/** {@link compileOnce}, once for each language. */
const compile = rememberedPer(compileOnce);

/**
 * The person right after « par », "by", allowing a short description set off by a comma before
 * the name ("succeeded by an American, Robert Dudley").
 */
function personAfter(ctx: SentenceContext, from: number): Mention | undefined {
  const folded = ctx.sentence.folded;
  const m = ctx.mentions.find(
    (x) => x.start >= from && x.start - from <= 50 && x.kind === "person",
  );
  if (!m) return undefined;
  const gap = folded.slice(from, m.start);
  return /^[\s\p{Ll}'-]*(?:,\s*)?$/u.test(gap) ? m : undefined;
}

/** The first person after `from` in the clause: the one replaced (« remplace X », "replacing him"). */
function personObject(ctx: SentenceContext, from: number, c: Compiled): string | undefined {
  const folded = ctx.sentence.folded;
  const m = ctx.mentions.find(
    (x) =>
      x.start >= from &&
      x.start - from <= 40 &&
      x.kind === "person" &&
      !inside(ctx.quotes, x.start),
  );
  if (m && !/[,;:]/.test(folded.slice(from, m.start))) return m.entity;
  // "to replace him", « pour le remplacer »: the person named last before, other than the new one.
  if (!c.objectAfter.test(folded.slice(from, from + 8))) return undefined;
  return ctx.mentions.filter((x) => x.end <= from && x.kind === "person").at(-1)?.entity;
}

/**
 * Replacements: "X will be replaced by Y", « Y succède à X », « en remplacement de X », "to
 * replace him". The one who replaces is appointed, the one replaced leaves; neither is the
 * actor of the other's event. The departure is dropped later when the article tells how the
 * person left (dismissed, resigned): that says more.
 */
export function readReplacements(
  ctx: SentenceContext,
  dates: readonly DateMention[],
  cfg: LanguageConfig,
  sentenceEvents: readonly EventDraft[],
): EventDraft[] {
  if (ctx.sentence.question) return [];
  const p = compile(cfg);
  const c = compileEvents(cfg);
  const folded = ctx.sentence.folded;
  const out: EventDraft[] = [];
  const push = (
    how: string,
    ts: number,
    te: number,
    newcomer: string | undefined,
    leaver: string | undefined,
    same?: EventDraft,
  ) => {
    if (!newcomer && !leaver) return;
    if (newcomer && newcomer === leaver) return;
    if (inside(ctx.quotes, ts)) return;
    const modality = modalityOf(folded, ts, te, folded.slice(ts, te), c);
    const found = eventDate(ctx, dates, ts, te, modality, c, { lede: false });
    const date = same ? same.date : found?.date;
    const status = same ? same.status : modality?.status;
    const marks = status ? `+${status}` : "";
    const common = {
      ...(date ? { date } : {}),
      ...(status ? { status } : {}),
      evidence: ctx.sentence.text,
      confidence: 0,
    };
    if (newcomer)
      out.push({
        type: "appointment",
        target: newcomer,
        ...common,
        reason: `the one who replaces is appointed (${how})`,
        rule: `event/appointment/replacement/${how}${marks}`,
      });
    if (leaver)
      out.push({
        type: "departure",
        actor: leaver,
        ...common,
        reason: `the one replaced leaves (${how})`,
        rule: `event/departure/replacement/${how}${marks}`,
      });
  };
  for (const m of folded.matchAll(p.passive)) {
    const ts = m.index;
    const te = ts + m[0].length;
    const agent = p.agent.exec(folded.slice(te));
    if (!agent) continue;
    const newcomer = personAfter(ctx, te + agent[0].length)?.entity;
    push("passive", ts, te, newcomer, leftSlot(ctx, ts, PERSON, c).entities[0]);
  }
  for (const m of folded.matchAll(p.active)) {
    const ts = m.index;
    const te = ts + m[0].length;
    // « est remplacé par », "was replaced by": the passive above.
    if (PASSIVE_BEFORE.test(folded.slice(Math.max(0, ts - 8), ts))) continue;
    push("active", ts, te, leftSlot(ctx, ts, PERSON, c).entities[0], personObject(ctx, te, c));
  }
  for (const m of folded.matchAll(p.adverbial)) {
    const ts = m.index;
    const te = ts + m[0].length;
    // « X deviendra PDG … en remplacement de Y »: the one appointed in the same sentence, on
    // the same day and as sure.
    const appointed = sentenceEvents.find((e) => e.type === "appointment" && e.target);
    const newcomer = appointed?.target ?? leftSlot(ctx, ts, PERSON, c).entities[0];
    push("adverbial", ts, te, newcomer, personObject(ctx, te, c), appointed);
  }
  return out;
}
