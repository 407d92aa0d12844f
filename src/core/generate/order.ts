import { comparePartialDates, periodsMeet } from "../facts/dates.js";
import type { FactEvent } from "../facts/model.js";
import { eventLine, eventSentence } from "../phrase/event-sentence.js";
import { withoutFinalStop, word } from "../phrase/words.js";
import type { Question } from "../question/model.js";
import { hashText } from "../random.js";
import { fold } from "../text/fold.js";
import type { GenContext } from "./context.js";
import type { Draft } from "./draft.js";
import { askable } from "./event-forms.js";
import { KIND_WEIGHT } from "./rank.js";
import { explain, singleChoice } from "./single.js";

/** Events per ordering question: enough to need thought, few enough to read at once. */
const ITEMS = 4;
const YEAR = /\b(1[5-9]|20)\d\d\b/;

/**
 * « Remettez ces événements dans l'ordre chronologique » and « Lequel s'est produit en premier ? »:
 * the dated events are dealt into sets of four whose dates can be told apart (never two on one
 * day, never "November 2023" beside "17 November 2023", never a day inside another event's span
 * such as a weekend), each set one question, alternately an ordering and a single choice.
 */
export function orderDrafts(ctx: GenContext, events: readonly FactEvent[]): Draft[] {
  const dated = events
    .filter((e) => e.date && askable(ctx, e))
    .map((e) => ({ event: e, line: withoutFinalStop(eventLine(ctx.phrase, e)) }))
    // A line that states its own year gives its place away.
    .filter((x) => !YEAR.test(x.line))
    .sort((a, b) => comparePartialDates(a.event.date!, b.event.date!));
  const sets = deal(dated);
  return sets.map((set, n) => {
    const facts = set.map((x) => x.event.id);
    const id = `order.${hashText([...facts].sort().join(" "))}`;
    const single = n % 2 === 1;
    const score =
      set.reduce((sum, x) => sum + ctx.salience({ kind: "event", fact: x.event }), 0) / set.length +
      KIND_WEIGHT.order;
    const sources = [...new Set(set.flatMap((x) => x.event.sources))];
    return {
      id,
      kind: "order" as const,
      facts,
      sources,
      score,
      key: `order|${id}`,
      build({ rng }) {
        const explanation = explain(
          set.map((x) => eventSentence(ctx.phrase, x.event, { date: "lead" })),
        );
        if (single) {
          const [first, ...later] = set;
          const question = singleChoice(
            {
              id,
              kind: "order",
              facts,
              sources,
              prompt: word(ctx.lang, "first"),
              answer: { text: first!.line },
              distractors: later.map((x) => ({ text: x.line })),
              explanation,
              difficulty: "easy",
            },
            rng,
          );
          return {
            question,
            answer: { fact: first!.event.id, field: "date", value: first!.event.date! },
            forbidden: new Set(),
            giveaways: [],
          };
        }
        const question: Question = {
          id,
          type: "ordering",
          kind: "order",
          prompt: word(ctx.lang, "orderPrompt"),
          items: set.map((x) => x.line),
          explanation,
          sources,
          facts,
          tags: [],
          difficulty: "hard",
        };
        return {
          question,
          answer: { fact: set[0]!.event.id, field: "date", value: set[0]!.event.date! },
          forbidden: new Set(),
          giveaways: [],
        };
      },
    };
  });
}

interface Item {
  event: FactEvent;
  line: string;
}

/**
 * Deals date-sorted items into sets of ITEMS whose dates are pairwise distinct and comparable:
 * each pass walks the days in order taking one event per day, so events sharing a day land in
 * different sets. Linear in the events times the most events on one day.
 */
function deal(items: readonly Item[]): Item[][] {
  const days: Item[][] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last && last[0]!.event.date === item.event.date) last.push(item);
    else days.push([item]);
  }
  const sets: Item[][] = [];
  let set: Item[] = [];
  let remaining = items.length;
  while (remaining > 0) {
    let took = false;
    for (const day of days) {
      const item = day[0];
      if (!item) continue;
      const clash = set.some(
        (x) => periodsMeet(x.event, item.event) || fold(x.line) === fold(item.line),
      );
      if (clash) continue;
      day.shift();
      remaining--;
      took = true;
      set.push(item);
      if (set.length === ITEMS) {
        sets.push(chronological(set));
        set = [];
      }
    }
    if (!took) {
      // What is left all clashes with the set being filled: close it and start another.
      if (set.length < 3) break;
      sets.push(chronological(set));
      set = [];
    }
  }
  if (set.length >= 3) sets.push(chronological(set));
  return sets;
}

function chronological(set: Item[]): Item[] {
  return set.sort((a, b) => comparePartialDates(a.event.date!, b.event.date!));
}
