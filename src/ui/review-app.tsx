import { useApp } from "ink";
import { useState } from "react";
import type { ProgressPort } from "../core/progress/port.js";
import { applyAndRecord } from "../core/quiz/record.js";
import { hasAnswers, quizResults } from "../core/quiz/results.js";
import type { QuizAction, QuizSession } from "../core/quiz/session.js";
import { scoreText, type TranscriptContext } from "../core/quiz/transcript.js";
import { inertLine } from "../core/text/inert.js";
import { isInterrupt } from "./keys.js";
import { HelpScreen } from "./screens/overlays/help-screen.js";
import { QuizScreen, quizScreenKey } from "./screens/question/quiz-screen.js";
import { ResultsScreen } from "./screens/results/results-screen.js";
import type { Theme } from "./theme.js";
import { UiProvider } from "./ui-context.js";
import { KeysProvider, useKeyRouter, useKeys } from "./use-keys.js";
import { TooSmall, useTerminalSize } from "./use-terminal-size.js";

export interface ReviewAppProps {
  session: QuizSession;
  ctx: TranscriptContext;
  title: string;
  progress: ProgressPort;
  now: () => number;
  theme: Theme;
  /** Told, on the way out, the score line to print once the terminal is back (if any), and whether the reader left with Ctrl-C. */
  onLeave?: (leaving: { line?: string; interrupted: boolean }) => void;
}

/**
 * `newsquiz review` on the full screen: the review's questions on the quiz screen, then its
 * results; leaving the results leaves newsquiz. Every answer goes to the store as it is given.
 */
export function ReviewApp(props: ReviewAppProps) {
  const { exit } = useApp();
  const router = useKeyRouter();
  const size = useTerminalSize();
  const [session, setSession] = useState(props.session);
  const [help, setHelp] = useState(false);
  const { lang } = props.ctx;

  const leave = (current: QuizSession, interrupted = false) => {
    const line = hasAnswers(current)
      ? `${inertLine(props.title)}: ${scoreText(quizResults(current), lang)}`
      : undefined;
    props.onLeave?.({ line: interrupted ? undefined : line, interrupted });
    exit();
  };
  const act = (action: QuizAction) => {
    const next = applyAndRecord(session, action, props.progress);
    setSession(next);
    return next;
  };
  useKeys((input, key) => (isInterrupt(input, key) ? leave(session, true) : undefined), {
    router,
  });

  const done = session.phase === "done";
  let screen: React.ReactNode;
  if (size.tooSmall) screen = <TooSmall size={size} />;
  else if (help) {
    screen = (
      <HelpScreen
        keymap={session.phase === "done" ? "results" : session.phase}
        size={size}
        close={() => setHelp(false)}
      />
    );
  } else if (done) {
    screen = (
      <ResultsScreen
        session={session}
        ctx={props.ctx}
        title={props.title}
        size={size}
        isActive
        retry={() => act({ type: "retry", now: props.now() })}
        back={() => leave(session)}
        help={() => setHelp(true)}
      />
    );
  } else {
    screen = (
      <QuizScreen
        key={quizScreenKey(session)}
        session={session}
        ctx={props.ctx}
        title={props.title}
        size={size}
        isActive
        answer={(response, certainty) =>
          act({ type: "answer", response, certainty, now: props.now() })
        }
        act={(type) => act({ type, now: props.now() })}
        flag={(reason) => act({ type: "flag", reason, now: props.now() })}
        leave={(keep) => {
          // A review needs no keeping: what was answered is recorded, the rest stays due.
          const ended = act({ type: "finish", now: props.now() });
          if (keep || !hasAnswers(ended)) leave(ended);
        }}
        help={() => setHelp(true)}
      />
    );
  }
  return (
    <KeysProvider router={router}>
      <UiProvider value={{ lang, theme: props.theme }}>{screen}</UiProvider>
    </KeysProvider>
  );
}
