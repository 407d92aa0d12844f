import { datePrecision, type Period, parsePartialDate, periodsMeet } from "../facts/dates.js";
import type { FactEvent, Language } from "../facts/model.js";
import { formatDate } from "../i18n/format.js";
import { whenText } from "../phrase/date-text.js";
import { usesAuthorText } from "../phrase/event-sentence.js";
import { quoted, withoutFinalStop, word } from "../phrase/words.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";
import { dateDistractors } from "./distractors/dates.js";
import { difficultyOf, pickTiered } from "./distractors/pick.js";
import type { Draft } from "./draft.js";
import { clauseOf, phrasable, statedEvent, whenPrompt } from "./event-forms.js";
import { KIND_WEIGHT } from "./rank.js";
import { explain, singleChoice } from "./single.js";

/**
 * « Quel jour le conseil d'administration d'OpenAI a-t-il évincé Sam Altman ? »: the date of an
 * event. When the facts date the same thing twice (Microsoft invested in 2019 and in 2023), only
 * the first time is asked, and only if it is the first.
 */
export function whenDrafts(ctx: GenContext, events: readonly FactEvent[]): Draft[] {
  const drafts: Draft[] = [];
  for (const event of events) {
    // What was planned or might happen has no date of its own to ask.
    if (!event.date || event.status === "planned" || event.status === "conditional") continue;
    const author = usesAuthorText(ctx.phrase, event);
    if (!author && !phrasable(event, clauseOf(ctx, event))) continue;
    // An author's sentence names its own time; a span in one of other words would not match it.
    if (author && event.until) continue;
    const precision = datePrecision(event.date);
    const matches = ctx.truth.matching({
      rel: event.type,
      ...(event.actor ? { subj: event.actor } : {}),
      ...(event.target ? { obj: event.target } : {}),
    });
    // The same sentence told of other days is the same question with other right answers.
    const sameText = author ? (ctx.pools.texts.get(fold(event.text!)) ?? []) : [];
    const truePeriods: Period[] = [...matches, ...sameText].filter((m) => !!m.date);
    // The same thing on other dates: any match when this event has no label, the same label
    // when it has one (« un investissement sur plusieurs années » is one investment).
    const label = fold(event.label ?? "");
    const again = (
      author
        ? sameText.map((e) => ({ fact: e.id, date: e.date }))
        : matches.filter((m) => m.stated && (label === "" || (m.label ?? "") === label))
    ).filter((m) => m.fact !== event.id && !periodsMeet(m, event));
    if (again.some((m) => !m.date || m.date < event.date!)) continue;
    const first = again.length > 0;
    const id = `${event.id}.when${first ? ".first" : ""}`;
    drafts.push({
      id,
      kind: "when",
      facts: [event.id],
      sources: event.sources,
      score: ctx.salience({ kind: "event", fact: event }) + KIND_WEIGHT.when,
      // What the prompt says: two events that read the same are asked once.
      key: author
        ? `when|text|${fold(event.text!)}`
        : `when|${event.type}|${event.actor ?? ""}|${event.target ?? ""}|${fold(event.role ?? "")}|${event.org ?? ""}|${label}|${first}|${datePrecision(event.date)}|${event.status ?? ""}`,
      build({ rng, difficulty }) {
        let prompt: string | undefined;
        if (author) {
          const ever = first ? ctx.phrase.grammar.firstTime : "";
          const text = ctx.phrase.text(event, "text")!;
          prompt = `${word(ctx.lang, "whenThis")}${ever}${word(ctx.lang, "colon")}${quoted(withoutFinalStop(text), ctx.lang)}${word(ctx.lang, "question")}`;
        } else {
          // « Quel jour » asks for one day: a span is asked « Quand … ? ».
          prompt = whenPrompt(ctx, clauseOf(ctx, event), event.until ? "span" : precision);
          if (prompt && first)
            prompt = prompt.replace(/ ?\?$/, (q) => `${ctx.phrase.grammar.firstTime}${q}`);
        }
        if (!prompt) return "no question form for this event";
        const involved = event.type === "founding" ? [] : [event.actor, event.target, event.org];
        const candidates = dateDistractors(
          ctx,
          event,
          truePeriods,
          rng,
          ctx.bounds(event.sources, involved),
        );
        const picked = pickTiered(candidates, {
          rng,
          difficulty,
          count: 3,
          key: (p) => `${p.date}|${p.until ?? ""}`,
        });
        if (picked.length < 3) return "fewer than three wrong dates";
        const show = (p: Period) => whenText(p, ctx.lang);
        const question = singleChoice(
          {
            id,
            kind: "when",
            facts: [event.id],
            sources: event.sources,
            prompt,
            answer: { text: show(event) },
            distractors: picked.map((p) => ({ text: show(p.value) })),
            explanation: explain([statedEvent(ctx, event)]),
            difficulty: difficultyOf(picked),
            ...(event.evidence ? { evidence: event.evidence } : {}),
          },
          rng,
        );
        return {
          question,
          answer: { fact: event.id, field: "date", value: event.date! },
          forbidden: new Set(truePeriods.map((p) => fold(show(p)))),
          giveaways: dateGiveaways(event.date!, ctx.lang),
        };
      },
    });
  }
  return drafts;
}

/** What of a date a prompt may not contain: the year, or the day and month. */
function dateGiveaways(date: string, lang: Language): string[] {
  const p = parsePartialDate(date)!;
  if (p.precision === "year") return [String(p.year)];
  if (p.precision === "month") return [fold(formatDate(date, lang))];
  return [fold(formatDate(date, lang, { year: false }))];
}
