import { useEffect, useRef, useState } from "react";
import { tq } from "../../../core/i18n/quiz-strings.js";
import type { FlagReason } from "../../../core/progress/port.js";
import type { Certainty } from "../../../core/quiz/answer-record.js";
import type { Response } from "../../../core/quiz/response.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import type { TranscriptContext } from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, para, truncate } from "../../lines.js";
import { bodyHeight, Screen } from "../../screen.js";
import { tu } from "../../ui-strings.js";
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
  act: (type: "next" | "skip") => void;
  flag: (reason: FlagReason) => void;
  finish: () => void;
  help: () => void;
}

/** The question being asked, then its feedback; Enter goes on to the next. */
export function QuizScreen(props: QuizScreenProps) {
  const { session, ctx, size } = props;
  const { lang } = ctx;
  const item = session.items[session.index]!;
  const [input, setInput] = useState(() => initialInput(item));
  const [scroll, setScroll] = useState(0);
  const key = `${session.round}:${session.index}`;
  const [shownKey, setShownKey] = useState(key);
  // A new question starts with an empty input and the top of the screen.
  useEffect(() => {
    if (key !== shownKey) {
      setShownKey(key);
      setInput(initialInput(item));
      setScroll(0);
    }
  }, [key, shownKey, item]);
  const current = key === shownKey ? input : initialInput(item);

  // Keys of one chunk are handled before React renders again: they read and write this ref.
  const latest = useRef(current);
  latest.current = current;
  const edit = (action: InputAction): boolean => {
    const [next, outcome] = answerInputReducer(item, latest.current, action, {
      certaintyMode: session.certaintyMode,
      lang,
    });
    latest.current = next;
    setInput(next);
    if (outcome?.kind === "answer") props.answer(outcome.response, outcome.certainty);
    if (outcome?.kind === "flag") props.flag(outcome.reason);
    return outcome !== undefined;
  };
  const phase = session.phase === "feedback" ? "feedback" : "question";
  useQuizInput({
    item,
    input: () => latest.current,
    phase,
    isActive: props.isActive,
    edit,
    quiz: (type) => props.act(type),
    scroll: (delta) => setScroll((s) => Math.max(0, s + delta)),
    finish: props.finish,
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
  let keys: string;
  if (phase === "feedback") {
    body = feedbackBody(item, session.turns[session.index]!, width, ctx);
    keys = current.stage === "flag" ? tu(lang, "quiz.keys.flag") : tu(lang, "quiz.keys.feedback");
  } else {
    ({ lines: body, focus } = questionBody(item, current, width, lang));
    keys = questionKeys(item, current, lang);
  }
  const footer: Line[] = [line("─".repeat(width), "muted"), ...para(keys, width, "muted")];
  if (session.certaintyMode && phase === "question" && current.stage === "answer") {
    footer.unshift(line(tq(lang, "certainty.title"), "muted"));
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
      focus={
        phase === "feedback" && current.stage !== "flag" ? undefined : (focus ?? body.length - 1)
      }
      // Matching rows are answered with the numbers listed below them: keep the list in view.
      focusEnd={
        phase === "question" && item.question.type === "matching" ? body.length - 1 : undefined
      }
    />
  );
}
