import type { Language } from "../../../core/facts/model.js";
import { msg } from "../../../core/i18n/msg.js";
import { answerTypeOf } from "../../../core/question/types/index.js";
import { CERTAINTIES } from "../../../core/quiz/certainty.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import { resultKind } from "../../../core/quiz/results.js";
import { kindLabel } from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, item as listItem, para } from "../../lines.js";
import { type AnswerInput, typeInput } from "./answer-input.js";

/** The body of a question being answered, the row to keep in view, and whether its end too. */
export interface QuestionBody {
  lines: Line[];
  focus?: number;
  keepEnd?: boolean;
}

/** "Question 3/10 · Who", the question's place and kind. */
export function progressLine(item: Presented, n: number, total: number, lang: Language): Line {
  return [
    { text: msg(lang, "quiz.progress", { n, total }), tone: "heading" },
    { text: ` · ${kindLabel(resultKind(item.question), lang)}`, tone: "muted" },
  ];
}

/**
 * The prompt and the input the question's type needs (its rows: numbered choices with a
 * cursor, ticks, a text field, matching rows with their chosen right item, the items being
 * ordered), then the certainty, flag and notice the input is at.
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
    ...(q.unreviewed ? para(`(${msg(lang, "quiz.unreviewed")})`, width, "warning") : []),
    ...para(inertLine(q.prompt), width, "heading"),
    line(""),
  ];
  let focus: number | undefined;
  const body = answerTypeOf(q).screen.body(item, typeInput(input), lang);
  for (const row of body.rows) {
    if (row.kind === "line") {
      lines.push(line(row.text, row.tone));
      continue;
    }
    if (row.kind === "field" || row.focus) focus = lines.length;
    if (row.kind === "field") {
      const field = `${msg(lang, "quiz.type-here")}${row.text}▏${row.suffix}`;
      lines.push(...para(field, width, "selected", "  "));
    } else lines.push(...listItem(row.marker, row.text, width, row.tone));
  }
  if (input.stage === "certainty") {
    lines.push(line(""), line(msg(lang, "certainty.prompt"), "heading"));
    focus = lines.length;
    lines.push(
      CERTAINTIES.map((c, k) => ({
        text: `${k === input.certaintyCursor ? "›" : " "}${k + 1} ${msg(lang, `certainty.${c}`)}  `,
        tone: k === input.certaintyCursor ? ("selected" as const) : ("normal" as const),
      })),
    );
  }
  if (input.stage === "flag" || (input.stage === "leave" && input.before === "flag")) {
    lines.push(line(""));
    focus = lines.length;
    lines.push(...para(msg(lang, "quiz.keys.flag"), width, "warning"));
  }
  if (input.notice) lines.push(line(""), ...para(msg(lang, input.notice), width, "warning"));
  return { lines, focus, keepEnd: body.keepEnd === true };
}

/** The key hints for the question's type. */
export function questionKeys(item: Presented, input: AnswerInput, lang: Language): string {
  if (input.stage === "certainty") return msg(lang, "quiz.keys.certainty");
  if (input.stage === "flag") return msg(lang, "quiz.keys.flag");
  const hint = answerTypeOf(item.question).screen.keys(item);
  return msg(lang, `quiz.keys.${hint.key}`, hint.max === undefined ? {} : { max: hint.max });
}
