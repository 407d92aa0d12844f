import { useReducer } from "react";
import { msg } from "../../../core/i18n/msg.js";
import { type InterruptedQuiz, standing } from "../../../core/quiz/interrupted.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, item as listItem, para } from "../../lines.js";
import { Screen } from "../../screen.js";
import { useUi } from "../../ui-context.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { RESUME_CHOICES, type ResumeChoice, resumeReducer } from "./resume-state.js";
import { useResumeInput } from "./use-resume-input.js";

export interface ResumeScreenProps {
  quiz: InterruptedQuiz;
  /** The reader's local time of a moment, YYYY-MM-DD HH:MM. */
  minuteOf: (at: number) => string;
  size: TerminalSize;
  isActive: boolean;
  /** Why it cannot be taken up again (its pack changed or is gone): said, and Enter closes. */
  problem?: string;
  /** Settles once the quiz taken up again is on screen (or could not be). */
  choose: (choice: ResumeChoice) => unknown;
  later: () => void;
}

/** A quiz left unfinished by an earlier run: take it up again where it was, or drop it. */
export function ResumeScreen(props: ResumeScreenProps) {
  const { lang } = useUi();
  const [state, dispatch] = useReducer(resumeReducer, { cursor: 0 });
  const choose = props.problem === undefined ? props.choose : () => props.later();
  useResumeInput({ state, isActive: props.isActive, dispatch, choose, later: props.later });
  const width = Math.max(10, props.size.columns - 1);
  const where = standing(props.quiz);
  const header: Line[] = [
    [
      { text: "newsquiz", tone: "heading" },
      { text: ` · ${msg(lang, "resume.title")}`, tone: "muted" },
    ],
    line("─".repeat(width), "muted"),
  ];
  const body: Line[] = [
    ...para(inertLine(props.quiz.title), width, "heading"),
    ...para(
      msg(lang, "resume.standing", {
        question: where.question,
        total: where.total,
        answered: msg(lang, "n.answered", { n: where.answered }),
        when: props.minuteOf(props.quiz.savedAt),
      }),
      width,
      "muted",
    ),
    line(""),
  ];
  if (props.problem !== undefined) {
    body.push(...para(props.problem, width, "warning"));
    const footer = [
      line("─".repeat(width), "muted"),
      ...para(msg(lang, "resume.close"), width, "muted"),
    ];
    return <Screen header={header} body={body} footer={footer} size={props.size} />;
  }
  RESUME_CHOICES.forEach((choice, k) => {
    const here = k === state.cursor;
    body.push(
      ...listItem(
        here ? "› " : "  ",
        `${k + 1}. ${msg(lang, `resume.${choice}`)}`,
        width,
        here ? "selected" : "normal",
      ),
    );
  });
  const footer: Line[] = [
    line("─".repeat(width), "muted"),
    ...para(msg(lang, "resume.keys"), width, "muted"),
  ];
  return <Screen header={header} body={body} footer={footer} size={props.size} />;
}
