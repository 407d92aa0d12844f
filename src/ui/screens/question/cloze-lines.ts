import type { ClozeQuestion } from "../../../core/question/types/cloze/index.js";
import { blankLabel } from "../../../core/question/types/cloze/index.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, item as listItem } from "../../lines.js";
import type { AnswerInput } from "./answer-input.js";

/**
 * The blanks of a cloze question under its text, one row each with what it holds, the cursor's
 * row selected; under a choice blank the cursor is on, its numbered choices (ticked where several
 * are right). Returns the rows and the one to keep in view.
 */
export function clozeRows(
  item: Presented,
  input: AnswerInput,
  width: number,
): { lines: Line[]; focus: number } {
  const q = item.question as ClozeQuestion;
  const state = input.cloze!;
  const lines: Line[] = [];
  let focus = 0;
  q.blanks.forEach((blank, i) => {
    const here = i === state.cursor;
    if (here) focus = lines.length;
    const order = item.blankOrders?.[i] ?? [];
    const picked = state.picked[i]!;
    const shown =
      blank.type === "short" || blank.type === "numeric"
        ? `${state.texts[i]}${here ? "▏" : ""}`
        : picked.length > 0
          ? picked.map((k) => inertLine(blank.choices[order[k]!]!.text)).join(", ")
          : "?";
    const marker = `${here ? "›" : " "} ${blankLabel(i + 1)} `;
    lines.push(...listItem(marker, shown, width, here ? "selected" : "normal"));
    if (!here || (blank.type !== "single" && blank.type !== "multiple")) return;
    order.forEach((c, k) => {
      const tick = blank.type === "multiple" ? (picked.includes(k) ? "[x] " : "[ ] ") : "";
      const text = inertLine(blank.choices[c]!.text);
      lines.push(
        ...listItem(
          `      ${tick}${k + 1}. `,
          text,
          width,
          picked.includes(k) ? "accent" : "muted",
        ),
      );
    });
  });
  return { lines, focus };
}
