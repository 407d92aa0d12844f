import { useRef, useState } from "react";
import type { Language } from "../../../core/facts/model.js";
import { msg } from "../../../core/i18n/msg.js";
import type { FlagReason } from "../../../core/progress/port.js";
import type { Certainty } from "../../../core/quiz/answer-record.js";
import type { Response } from "../../../core/quiz/response.js";
import { quizResults } from "../../../core/quiz/results.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import type { TranscriptContext } from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, para, truncate } from "../../lines.js";
import { bodyHeight, Screen } from "../../screen.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { answerInputReducer, type InputAction, initialInput } from "./answer-input.js";
import { feedbackBody } from "./feedback-lines.js";
import { progressLine, questionBody, questionKeys } from "./question-lines.js";
import { useQuizInput } from "./use-quiz-input.js";

/** What the quiz screen asks of the app: the session changes go through the app's recorder. */
export interface QuizScreenProps {
  session: QuizSession;
  ctx: TranscriptContext;
  title: string;
  size: TerminalSize;
  isActive: boolean;
  answer: (response: Response, certainty?: Certainty) => void;
  act: (type: "next" | "skip" | "unflag") => void;
  flag: (reason: FlagReason) => void;
  /** Leaves the quiz, once confirmed: finished now, or kept to take up again later. */
  leave: (keep: boolean) => void;
  help: () => void;
}

/** The key that gives each question of a quiz its own QuizScreen, its input starting afresh. */
export function quizScreenKey(session: QuizSession): string {
  return `${session.id}:${session.round}:${session.index}`;
}

/**
 * The question being asked, then its feedback; Enter goes on to the next. Render it with
 * `key={quizScreenKey(session)}`.
 */
export function QuizScreen(props: QuizScreenProps) {
  const { session, ctx, size } = props;
  const { lang } = ctx;
  const item = session.items[session.index]!;
  // Each question is its own screen (see quizScreenKey): it starts with an empty input and the
  // top of the screen, with no effect to reset them after a key has already been typed.
  const [current, setInput] = useState(() => initialInput(item));
  const [scroll, setScroll] = useState(0);
  // The input as the last key left it, for the next key before React renders again.
  const latest = useRef(current);
  latest.current = current;
  const edit = (action: InputAction) => {
    const [next, outcome] = answerInputReducer(item, latest.current, action, {
      certaintyMode: session.certaintyMode,
      lang,
    });
    latest.current = next;
    setInput(next);
    if (outcome?.kind === "answer") props.answer(outcome.response, outcome.certainty);
    if (outcome?.kind === "flag") props.flag(outcome.reason);
    if (outcome?.kind === "leave") props.leave(outcome.keep);
  };
  const phase = session.phase === "feedback" ? "feedback" : "question";
  const turn = session.turns[session.index]!;
  useQuizInput({
    item,
    input: () => latest.current,
    phase,
    flagged: turn.flagged === true,
    isActive: props.isActive,
    edit,
    quiz: (type) => props.act(type),
    scroll: (delta) => setScroll((s) => Math.max(0, s + delta)),
    help: props.help,
  });

  const width = Math.max(10, size.columns - 1);
  const header: Line[] = [
    line(truncate(`newsquiz · ${inertLine(props.title)}`, width), "muted"),
    progressLine(item, session.index + 1, session.items.length, lang),
    line("─".repeat(width), "muted"),
  ];
  let body: Line[];
  let focus: number | undefined;
  let keepEnd = false;
  let keys: string;
  if (phase === "feedback") {
    body = feedbackBody(item, turn, width, ctx);
    keys =
      current.stage === "flag"
        ? msg(lang, "quiz.keys.flag")
        : msg(lang, turn.flagged ? "quiz.keys.flagged" : "quiz.keys.feedback");
    if (current.stage === "flag") {
      body.push(line(""));
      focus = body.length;
      body.push(...para(msg(lang, "quiz.keys.flag"), width, "warning"));
    }
  } else {
    ({ lines: body, focus, keepEnd = false } = questionBody(item, current, width, lang));
    keys = questionKeys(item, current, lang);
  }
  if (current.stage === "leave") {
    const lines = leaveLines(session, lang);
    body.push(line(""));
    focus = body.length;
    for (const text of lines) body.push(...para(text, width, "warning"));
    keys = lines[1]!;
  }
  const footer: Line[] = [line("─".repeat(width), "muted"), ...para(keys, width, "muted")];
  if (session.certaintyMode && phase === "question" && current.stage === "answer") {
    footer.unshift(line(msg(lang, "certainty.title"), "muted"));
  }
  const maxScroll = Math.max(0, body.length - bodyHeight(size.rows, header.length, footer.length));
  if (scroll > maxScroll) setScroll(maxScroll);
  return (
    <Screen
      header={header}
      body={body}
      footer={footer}
      size={size}
      scroll={phase === "feedback" ? scroll : 0}
      focus={phase === "feedback" && focus === undefined ? undefined : (focus ?? body.length - 1)}
      // Rows answered with what is listed below them (matching): keep the list in view.
      focusEnd={keepEnd ? body.length - 1 : undefined}
    />
  );
}

/** The confirmation before leaving a quiz: what leaving now does to the score, and the keys. */
function leaveLines(session: QuizSession, lang: Language): [string, string] {
  const answered = quizResults(session);
  const count = answered.answered + answered.skipped;
  if (count === 0) {
    return [
      msg(lang, "leave.nothing"),
      msg(lang, "leave.keys", { finish: msg(lang, "leave.nothing-choice").toLowerCase() }),
    ];
  }
  return [
    msg(lang, "leave.finish", { answered: msg(lang, "n.answered-questions", { n: count }) }),
    msg(lang, "leave.keys", { finish: msg(lang, "leave.finish-choice").toLowerCase() }),
  ];
}
