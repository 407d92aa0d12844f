import type { Language } from "../../../core/facts/model.js";
import { tq } from "../../../core/i18n/quiz-strings.js";
import { CERTAINTIES } from "../../../core/quiz/certainty.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import { resultKind } from "../../../core/quiz/results.js";
import { kindLabel, letter } from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, item as listItem, para } from "../../lines.js";
import { tu } from "../../ui-strings.js";
import type { AnswerInput } from "./answer-input.js";
import { clozeRows } from "./cloze-lines.js";

/** The body of a question being answered, and the row to keep in view. */
export interface QuestionBody {
  lines: Line[];
  focus?: number;
}

/** "Question 3/10 · Who", the question's place and kind. */
export function progressLine(item: Presented, n: number, total: number, lang: Language): Line {
  return [
    { text: tq(lang, "quiz.progress", { n, total }), tone: "heading" },
    { text: ` · ${kindLabel(shownKind(item), lang)}`, tone: "muted" },
  ];
}

/** What the header calls a question: its kind, or for an essay or a description its type. */
function shownKind(item: Presented): string {
  const { type } = item.question;
  return type === "essay" || type === "description" ? type : resultKind(item.question);
}

/**
 * The prompt and the input the question's type needs: numbered choices with a cursor, ticks,
 * a text field, matching rows with their chosen right item, or the items being ordered.
 */
export function questionBody(
  item: Presented,
  input: AnswerInput,
  width: number,
  lang: Language,
): QuestionBody {
  const q = item.question;
  const lines: Line[] = [
    // Made from facts no person has reviewed (the pack says `unreviewed: ask`): said first.
    ...(q.unreviewed ? para(`(${tq(lang, "quiz.unreviewed")})`, width, "warning") : []),
    ...para(inertLine(q.prompt), width, "heading"),
    line(""),
  ];
  let focus: number | undefined;
  const choiceRows = (texts: string[], marks?: (k: number) => string) => {
    texts.forEach((text, k) => {
      const here = k === input.cursor;
      if (here) focus = lines.length;
      const marker = `${here ? "›" : " "} ${marks ? marks(k) : ""}${k + 1}. `;
      lines.push(...listItem(marker, inertLine(text), width, here ? "selected" : "normal"));
    });
  };
  switch (q.type) {
    case "single":
      choiceRows(item.choiceOrder.map((i) => q.choices[i]!.text));
      break;
    case "truefalse":
      choiceRows([tq(lang, "true"), tq(lang, "false")]);
      break;
    case "multiple":
      choiceRows(
        item.choiceOrder.map((i) => q.choices[i]!.text),
        (k) => (input.ticked.includes(k) ? "[x] " : "[ ] "),
      );
      break;
    case "numeric":
    case "short":
    case "essay": {
      const unit = q.type === "numeric" && q.unit ? ` ${inertLine(q.unit)}` : "";
      const field = `${tu(lang, "quiz.type-here")}${input.text}▏${unit}`;
      focus = lines.length;
      lines.push(...para(field, width, "selected", "  "));
      break;
    }
    case "matching": {
      item.lefts.forEach((pair, k) => {
        const here = k === input.cursor;
        if (here) focus = lines.length;
        const marker = `${here ? "›" : " "} ${letter(k)}. `;
        lines.push(
          ...listItem(marker, inertLine(q.pairs[pair]!.left), width, here ? "selected" : "normal"),
        );
        const m = input.matches[k]!;
        const right = m >= 0 ? `→ ${m + 1}. ${inertLine(item.rights[m]!)}` : "→ ?";
        lines.push(...listItem("     ", right, width, m >= 0 ? "accent" : "muted"));
      });
      lines.push(line(""), line(tq(lang, "ask.choices"), "muted"));
      item.rights.forEach((text, k) => {
        lines.push(...listItem(`  ${k + 1}. `, inertLine(text), width));
      });
      break;
    }
    case "ordering":
      input.order.forEach((k, row) => {
        const here = row === input.cursor;
        if (here) focus = lines.length;
        const marker = `${here ? (input.grabbed ? "⇅" : "›") : " "} ${row + 1}. `;
        const tone = here ? (input.grabbed ? "accent" : "selected") : "normal";
        lines.push(...listItem(marker, inertLine(q.items[item.itemOrder[k]!]!), width, tone));
      });
      break;
    case "cloze": {
      const rows = clozeRows(item, input, width);
      focus = lines.length + rows.focus;
      lines.push(...rows.lines);
      break;
    }
    default:
      break;
  }
  if (input.stage === "certainty") {
    lines.push(line(""), line(tq(lang, "certainty.prompt"), "heading"));
    focus = lines.length;
    lines.push(
      CERTAINTIES.map((c, k) => ({
        text: `${k === input.certaintyCursor ? "›" : " "}${k + 1} ${tq(lang, `certainty.${c}`)}  `,
        tone: k === input.certaintyCursor ? ("selected" as const) : ("normal" as const),
      })),
    );
  }
  if (input.stage === "flag" || (input.stage === "leave" && input.before === "flag")) {
    lines.push(line(""));
    focus = lines.length;
    lines.push(...para(tu(lang, "quiz.keys.flag"), width, "warning"));
  }
  if (input.notice) lines.push(line(""), ...para(tu(lang, input.notice), width, "warning"));
  return { lines, focus };
}

/** The key hints for the question's type. */
export function questionKeys(item: Presented, input: AnswerInput, lang: Language): string {
  if (input.stage === "certainty") return tu(lang, "quiz.keys.certainty");
  if (input.stage === "flag") return tu(lang, "quiz.keys.flag");
  switch (item.question.type) {
    case "single":
      return tu(lang, "quiz.keys.choice", { max: item.choiceOrder.length });
    case "truefalse":
      return tu(lang, "quiz.keys.choice", { max: 2 });
    case "multiple":
      return tu(lang, "quiz.keys.multiple", { max: item.choiceOrder.length });
    case "matching":
      return tu(lang, "quiz.keys.matching", { max: item.rights.length });
    case "ordering":
      return tu(lang, "quiz.keys.ordering");
    case "description":
      return tu(lang, "quiz.keys.read");
    case "cloze":
      return tu(lang, "quiz.keys.cloze");
    default:
      return tu(lang, "quiz.keys.text");
  }
}
