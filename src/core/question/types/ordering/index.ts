import { msg } from "../../../i18n/msg.js";
import { createRandom, seedFrom } from "../../../random.js";
import { fold } from "../../../text/fold.js";
import { inertLine } from "../../../text/inert.js";
import type { AnswerType } from "../answer-type.js";
import { numbered } from "../kit/choices.js";
import { NO_MARKS } from "../kit/marks.js";
import { numbers, refused } from "../kit/numbers.js";
import { type OrderingInput, orderingScreen } from "./input.js";
import { type OrderingQuestion, type OrderingResponse, orderingQuestionSchema } from "./schema.js";

/**
 * Ordering: items put in order. Scored by the share of neighbouring items in the reader's order
 * that are neighbours in that order in the right one (Moodle's "relative to the next item"):
 * moving one item of five from first to last keeps 3 of the 4 links, 0.75.
 */
export const ordering: AnswerType<
  OrderingQuestion,
  OrderingResponse,
  OrderingInput,
  typeof orderingQuestionSchema
> = {
  schema: orderingQuestionSchema,
  answered: "graded",
  resultKind: "order",
  reviewLevel: "choice",
  asText: (q, toText) => ({ ...q, items: q.items.map(toText) }),
  present(q, random) {
    const indices = q.items.map((_, i) => i);
    const order = random.shuffle(indices);
    // Starting in the right order would give the answer away: rotate by one instead.
    return {
      itemOrder: order.every((v, i) => v === i) ? [...indices.slice(1), indices[0]!] : order,
    };
  },
  grade(q, response) {
    const { order } = response;
    const n = q.items.length;
    if (order.length !== n || new Set(order).size !== n) return NO_MARKS;
    let links = 0;
    for (let k = 0; k + 1 < n; k++) if (order[k + 1] === order[k]! + 1) links++;
    return { score: links / (n - 1), feedback: [] };
  },
  expected: (item) => item.question.items.map((text, i) => `${i + 1}. ${text}`),
  describe: (item, response) => response.order.map((i) => item.question.items[i]).join(" → "),
  line: {
    choices: (item) => numbered(item.itemOrder.map((i) => item.question.items[i]!)),
    ask: (_item, lang) => msg(lang, "ask.ordering"),
    // The item numbers in the right order.
    read(item, text) {
      const count = item.itemOrder.length;
      const ns = numbers(text, count);
      if (!ns || ns.length !== count || new Set(ns).size !== count) {
        return refused("reply.ordering", { count });
      }
      return {
        kind: "answer",
        response: { type: "ordering", order: ns.map((n) => item.itemOrder[n - 1]!) },
      };
    },
  },
  prompt: (item) => ({
    kind: "fields",
    fields: [
      { kind: "rank", items: item.itemOrder.map((i) => inertLine(item.question.items[i]!)) },
    ],
    line: ([ranked]) => ranked!,
  }),
  screen: orderingScreen,
  // Shown shuffled by the seed: a list shown in the right order asks nothing.
  json(q, _lang, seed) {
    const shown = createRandom(seedFrom(seed, q.id, "order")).shuffle(
      q.items.map((text, i) => ({ text, i })),
    );
    const order = q.items.map((_, i) => shown.findIndex((s) => s.i === i));
    return { choices: shown.map((s) => s.text), answer: order[0] ?? null, extra: { order } };
  },
  authoring: {
    name: "authoring.type.ordering",
    fields: [{ kind: "list", label: "authoring.ordering.item", min: 2 }],
    build: ([items]) => ({ items }),
  },
  generate: {
    problem(q) {
      const folded = q.items.map(fold);
      return folded.length < 3 || new Set(folded).size !== folded.length
        ? "items not distinct"
        : undefined;
    },
    signature: (q) => [...q.items].sort(),
  },
};
