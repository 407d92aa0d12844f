import { useApp, useInput } from "ink";
import { useState } from "react";
import type { ProgressPort } from "../core/progress/port.js";
import { applyAndRecord } from "../core/quiz/record.js";
import { quizResults } from "../core/quiz/results.js";
import type { QuizAction, QuizSession } from "../core/quiz/session.js";
import { scoreText, type TranscriptContext } from "../core/quiz/transcript.js";
import type { Command } from "./keys.js";
import { HelpScreen } from "./screens/overlays/help-screen.js";
import { QuizScreen } from "./screens/question/quiz-screen.js";
import { ResultsScreen } from "./screens/results/results-screen.js";
import type { Theme } from "./theme.js";
import { UiProvider } from "./ui-context.js";
import { useTerminalSize } from "./use-terminal-size.js";

export interface ReviewAppProps {
  session: QuizSession;
  ctx: TranscriptContext;
  title: string;
  progress: ProgressPort;
  now: () => number;
  theme: Theme;
  /** Told the score line to print once the terminal is back. */
  onLeave?: (line: string) => void;
}

const HELP: Record<"quiz" | "results", Command[]> = {
  quiz: ["up", "down", "left", "right", "toggle", "confirm", "skip", "flag", "help", "back"],
  results: ["retry", "up", "down", "help", "back"],
};

/**
 * `newsquiz review` on the full screen: the review's questions on the quiz screen, then its
 * results; leaving the results leaves newsquiz. Every answer goes to the store as it is given.
 */
export function ReviewApp(props: ReviewAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [session, setSession] = useState(props.session);
  const [help, setHelp] = useState(false);
  const { lang } = props.ctx;

  const leave = (current: QuizSession) => {
    const answered = current.turns.some((t) => t.grade);
    if (answered) props.onLeave?.(`${props.title}: ${scoreText(quizResults(current), lang)}`);
    exit();
  };
  const act = (action: QuizAction) => setSession(applyAndRecord(session, action, props.progress));
  useInput((input, key) => {
    if (key.ctrl && input === "c") leave(session);
  });

  const done = session.phase === "done";
  let screen: React.ReactNode;
  if (help) {
    screen = (
      <HelpScreen
        commands={HELP[done ? "results" : "quiz"]}
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
        search={() => undefined}
      />
    );
  } else {
    screen = (
      <QuizScreen
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
        finish={() => act({ type: "finish", now: props.now() })}
        help={() => setHelp(true)}
      />
    );
  }
  return <UiProvider value={{ lang, theme: props.theme }}>{screen}</UiProvider>;
}
