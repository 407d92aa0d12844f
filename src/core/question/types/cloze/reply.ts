import type { Presented } from "../../../quiz/presentation.js";
import { type BlankResponse, blankLabel, type ClozeQuestion, type ClozeResponse } from "./blank.js";

/** A line-mode line read as a cloze answer, or why it cannot be. */
export type ClozeReply =
  | { response: ClozeResponse }
  | {
      error: "error.cloze" | "error.cloze-choice" | "error.cloze-number";
      vars: Record<string, number>;
    };

/**
 * Reads the answers of every blank from one line, in the order of the blanks, separated by `|`:
 * a choice's number (several for a blank with several right answers), a text, or a number.
 * An empty field leaves its blank empty. `2 | Seine | 1,5` answers three blanks.
 */
export function parseClozeReply(
  item: Presented,
  line: string,
  readNumber: (text: string) => number | undefined,
): ClozeReply {
  const q = item.question as ClozeQuestion;
  const parts = line.split("|").map((p) => p.trim());
  if (parts.length !== q.blanks.length) {
    return { error: "error.cloze", vars: { count: q.blanks.length } };
  }
  const blanks: (BlankResponse | null)[] = [];
  for (const [i, part] of parts.entries()) {
    const blank = q.blanks[i]!;
    const order = item.blankOrders?.[i] ?? [];
    if (part === "") {
      blanks.push(null);
      continue;
    }
    if (blank.type === "short") {
      blanks.push({ type: "short", text: part });
    } else if (blank.type === "numeric") {
      const value = readNumber(part);
      if (value === undefined) return { error: "error.cloze-number", vars: { blank: i + 1 } };
      blanks.push({ type: "numeric", value });
    } else {
      const ns = part.split(/[\s,;]+/).map(Number);
      const bad = ns.some((n) => !Number.isInteger(n) || n < 1 || n > order.length);
      if (bad || (blank.type === "single" && ns.length !== 1)) {
        return { error: "error.cloze-choice", vars: { blank: i + 1, max: order.length } };
      }
      blanks.push(
        blank.type === "single"
          ? { type: "single", choice: order[ns[0]! - 1]! }
          : { type: "multiple", choices: [...new Set(ns)].map((n) => order[n - 1]!) },
      );
    }
  }
  return { response: { type: "cloze", blanks } };
}

/** The choices of each choice blank, one line per blank, as line mode prints them. */
export function clozeChoiceLines(item: Presented, clean: (text: string) => string): string[] {
  const q = item.question as ClozeQuestion;
  return q.blanks.flatMap((blank, i) => {
    if (blank.type !== "single" && blank.type !== "multiple") return [];
    const order = item.blankOrders?.[i] ?? [];
    const choices = order.map((c, k) => `${k + 1}. ${clean(blank.choices[c]!.text)}`);
    return [`  ${blankLabel(i + 1)} ${choices.join("   ")}`];
  });
}
