import type { Language } from "../../../i18n/language.js";
import { msg } from "../../../i18n/msg.js";
import { inertLine } from "../../../text/inert.js";
import type { ReadReply, Shown } from "../answer-type.js";
import type { PromptAsk, PromptField } from "../faces.js";
import { parseNumber, refused } from "../kit/numbers.js";
import { blankLabel, choicesOf, entryOf } from "./blank.js";
import type { BlankResponse, ClozeQuestion, ClozeResponse } from "./schema.js";

type Item = Shown<ClozeQuestion>;

/**
 * Reads the answers of every blank from one line, in the order of the blanks, separated by `|`:
 * a choice's number (several for a blank with several right answers), a text, or a number.
 * An empty field leaves its blank empty. `2 | Seine | 1,5` answers three blanks.
 */
export function readCloze(item: Item, line: string, lang: Language): ReadReply<ClozeResponse> {
  const q = item.question;
  const parts = line.split("|").map((p) => p.trim());
  if (parts.length !== q.blanks.length) return refused("reply.cloze", { count: q.blanks.length });
  const blanks: (BlankResponse | null)[] = [];
  for (const [i, part] of parts.entries()) {
    const entry = entryOf(q.blanks[i]!);
    const order = item.blankOrders?.[i] ?? [];
    if (part === "") {
      blanks.push(null);
      continue;
    }
    if (entry.kind === "type") {
      const response = entry.response(part, (t) => parseNumber(t, lang));
      if (!response) return refused("reply.cloze-number", { blank: i + 1 });
      blanks.push(response);
      continue;
    }
    const ns = part.split(/[\s,;]+/).map(Number);
    const bad = ns.some((n) => !Number.isInteger(n) || n < 1 || n > order.length);
    if (bad || (!entry.several && ns.length !== 1)) {
      return refused("reply.cloze-choice", { blank: i + 1, max: order.length });
    }
    blanks.push(entry.response([...new Set(ns)].map((n) => order[n - 1]!)));
  }
  return { kind: "answer", response: { type: "cloze", blanks } };
}

/** The choices of each choice blank, one line per blank, as line mode prints them. */
export function clozeChoiceLines(item: Item): string[] {
  return item.question.blanks.flatMap((blank, i) => {
    const choices = choicesOf(blank);
    if (!choices) return [];
    const order = item.blankOrders?.[i] ?? [];
    const shown = order.map((c, k) => `${k + 1}. ${inertLine(choices[c]!.text)}`);
    return [`  ${blankLabel(i + 1)} ${shown.join("   ")}`];
  });
}

/** One prompt per blank (a list, boxes or a line), read back as one line of line mode. */
export function promptCloze(item: Item, lang: Language): PromptAsk {
  const blanks = item.question.blanks;
  const fields = blanks.map((blank, i): PromptField => {
    const label = `\n  ${blankLabel(i + 1)}`;
    const entry = entryOf(blank);
    const choices = choicesOf(blank);
    if (entry.kind === "type" || !choices) {
      const check = (v: string) =>
        !(entry.kind === "type" && entry.number) ||
        v.trim() === "" ||
        parseNumber(v, lang) !== undefined
          ? undefined
          : msg(lang, "reply.value");
      return { kind: "type", label, check };
    }
    const order = item.blankOrders?.[i] ?? [];
    const named = order.map((c, k) => ({
      name: `${k + 1}. ${inertLine(choices[c]!.text)}`,
      value: String(k + 1),
    }));
    return entry.several
      ? { kind: "tick", label, choices: named }
      : { kind: "pick", label, choices: named };
  });
  return {
    kind: "fields",
    fields,
    // A | in a typed answer would split the line the answers are read from.
    line: (answers) =>
      answers
        .map((a, i) => (entryOf(blanks[i]!).kind === "type" ? a.replaceAll("|", "/") : a))
        .join(" | "),
  };
}
