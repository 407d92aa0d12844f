import { inertLine } from "../../../text/inert.js";
import type { ScreenHooks } from "../answer-type.js";
import { moveCursor } from "../kit/cursor.js";
import type { OrderingQuestion, OrderingResponse } from "./schema.js";

/** The input of an ordering question: the row, the items' display positions in the reader's order, and whether the cursor carries one. */
export interface OrderingInput {
  cursor: number;
  order: number[];
  grabbed: boolean;
}

/** Space picks the cursor's item up and puts it down; ↑ ↓ carry it; Enter hands the order in. */
export const orderingScreen: ScreenHooks<OrderingQuestion, OrderingResponse, OrderingInput> = {
  initial: (item) => ({ cursor: 0, order: item.itemOrder.map((_, k) => k), grabbed: false }),
  edit(item, input, action) {
    if (action.type === "toggle") return { input: { ...input, grabbed: !input.grabbed } };
    if (action.type !== "move") return { input };
    const cursor = moveCursor(input.cursor, action.delta, item.itemOrder.length);
    if (!input.grabbed || cursor === input.cursor) return { input: { ...input, cursor } };
    const order = [...input.order];
    [order[input.cursor], order[cursor]] = [order[cursor]!, order[input.cursor]!];
    return { input: { ...input, cursor, order } };
  },
  submit: (item, input) => ({
    response: { type: "ordering", order: input.order.map((k) => item.itemOrder[k]!) },
    input: { ...input, grabbed: false },
  }),
  typing: () => false,
  empty: () => false,
  movesWhileTyping: false,
  body: (item, input) => ({
    rows: input.order.map((k, row) => {
      const here = row === input.cursor;
      return {
        kind: "item",
        marker: `${here ? (input.grabbed ? "⇅" : "›") : " "} ${row + 1}. `,
        text: inertLine(item.question.items[item.itemOrder[k]!]!),
        tone: here ? (input.grabbed ? "accent" : "selected") : "normal",
        ...(here ? { focus: true as const } : {}),
      };
    }),
  }),
  keys: () => ({ key: "ordering" }),
  review: () => undefined,
};
