import { useState } from "react";
import { quizResults } from "../../../core/quiz/results.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import type { TranscriptContext } from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { commandOf, scrollDelta } from "../../keys.js";
import { type Line, line, para, truncate } from "../../lines.js";
import { bodyHeight, Screen, scrollBy } from "../../screen.js";
import { tu } from "../../ui-strings.js";
import { useKeys } from "../../use-keys.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { resultsBody } from "./results-lines.js";

/** What the results screen can ask of the app. */
export interface ResultsScreenProps {
  session: QuizSession;
  ctx: TranscriptContext;
  title: string;
  size: TerminalSize;
  isActive: boolean;
  retry: () => void;
  back: () => void;
  help: () => void;
  /** Opens the search over the pack (none in a review across packs). */
  search?: () => void;
  /** "Next review: …", when the pack has something coming due. */
  nextReview?: string;
}

/** The score, a bar per kind, the certainty summary and what to review; `r` retries the missed. */
export function ResultsScreen(props: ResultsScreenProps) {
  const { session, ctx, size } = props;
  const { lang } = ctx;
  const [scroll, setScroll] = useState(0);
  const results = quizResults(session);
  const width = Math.max(10, size.columns - 1);
  const header: Line[] = [
    line(truncate(`newsquiz · ${inertLine(props.title)}`, width), "muted"),
    line(tu(lang, "results.title"), "heading"),
    line("─".repeat(width), "muted"),
  ];
  const body = resultsBody(session, results, width, ctx);
  if (props.nextReview) body.push(...para(props.nextReview, width, "accent"), line(""));
  if (!session.review) {
    body.push(...para(tu(lang, "results.seed", { seed: session.seed }), width, "muted"));
  }
  const canRetry = results.missed.length > 0;
  const footer: Line[] = [
    line("─".repeat(width), "muted"),
    ...para(tu(lang, canRetry ? "results.keys" : "results.keys-done"), width, "muted"),
  ];
  const maxScroll = Math.max(0, body.length - bodyHeight(size.rows, header.length, footer.length));
  useKeys(
    (input, key) => {
      const command = commandOf(input, key, "results");
      const delta = scrollDelta(command);
      if (delta !== undefined) return setScroll((s) => scrollBy(s, maxScroll, delta));
      switch (command) {
        case "retry":
          return canRetry ? props.retry() : undefined;
        case "back":
        case "confirm":
          return props.back();
        case "help":
          return props.help();
        case "search":
          return props.search?.();
        default:
          return;
      }
    },
    { isActive: props.isActive },
  );
  return <Screen header={header} body={body} footer={footer} size={size} scroll={scroll} />;
}
