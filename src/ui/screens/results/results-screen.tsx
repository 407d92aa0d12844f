import { msg } from "../../../core/i18n/msg.js";
import { quizResults } from "../../../core/quiz/results.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import type { TranscriptContext } from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, para, truncate } from "../../lines.js";
import { bodyHeight, Screen } from "../../screen.js";
import { useScroll } from "../../use-scroll.js";
import type { TerminalSize } from "../../use-terminal-size.js";
import { resultsBody } from "./results-lines.js";
import { useResultsInput } from "./use-results-input.js";

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
  const results = quizResults(session);
  const width = Math.max(10, size.columns - 1);
  const header: Line[] = [
    line(truncate(`newsquiz · ${inertLine(props.title)}`, width), "muted"),
    line(msg(lang, "results.title"), "heading"),
    line("─".repeat(width), "muted"),
  ];
  const body = resultsBody(session, results, width, ctx);
  if (props.nextReview) body.push(...para(props.nextReview, width, "accent"), line(""));
  if (!session.review) {
    body.push(...para(msg(lang, "results.seed", { seed: session.seed }), width, "muted"));
  }
  const canRetry = results.missed.length > 0;
  const footer: Line[] = [
    line("─".repeat(width), "muted"),
    ...para(msg(lang, canRetry ? "results.keys" : "results.keys-done"), width, "muted"),
  ];
  const maxScroll = Math.max(0, body.length - bodyHeight(size.rows, header.length, footer.length));
  const scroll = useScroll(maxScroll);
  useResultsInput({
    scroll,
    isActive: props.isActive,
    retry: canRetry ? props.retry : undefined,
    back: props.back,
    help: props.help,
    search: props.search,
  });
  return <Screen header={header} body={body} footer={footer} size={size} scroll={scroll.top} />;
}
