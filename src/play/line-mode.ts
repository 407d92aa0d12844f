import { msg } from "../core/i18n/msg.js";
import type { ProgressPort } from "../core/progress/port.js";
import type { Certainty } from "../core/quiz/answer-record.js";
import { parseCertainty, parseReply, type Reply } from "../core/quiz/parse-reply.js";
import type { Presented } from "../core/quiz/presentation.js";
import { applyAndRecord } from "../core/quiz/record.js";
import { hasAnswers, quizResults } from "../core/quiz/results.js";
import { isScored } from "../core/quiz/scoring.js";
import type { QuizSession } from "../core/quiz/session.js";
import type { QuizSetup } from "../core/quiz/setup.js";
import {
  answeredLines,
  askText,
  feedbackLines,
  questionLines,
  resultsLines,
  type TranscriptContext,
} from "../core/quiz/transcript.js";
import { wrapText } from "../core/text/fit-width.js";
import { inertLine } from "../core/text/inert.js";
import { lineReader } from "../io/line-reader.js";
import { nextReviewLine } from "./next-review.js";

/** Where line mode reads and writes; `echo` repeats each answer read, for transcripts of piped input. */
export interface LineIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  echo: boolean;
  now: () => number;
  /** Told of each change of the session, so that a signal can save the quiz as it stands. */
  onSession?: (session: QuizSession) => void;
  /** The terminal's width when the output is one: lines are word-wrapped to it. */
  columns?: number;
}

/**
 * Line mode: each question printed as plain text, one answer read per line, feedback printed,
 * the score at the end. The end of the input ends the quiz with the score so far. For scripts
 * and screen readers: no colour, no cursor movement, nothing but lines.
 */
export async function runLineMode(
  setup: QuizSetup,
  io: LineIo,
  progress: ProgressPort,
): Promise<QuizSession> {
  const { lang } = setup;
  const ctx: TranscriptContext = { lang, sources: setup.sources };
  const wrap = (line: string) => (io.columns ? wrapText(line, io.columns) : line);
  const print = (...lines: string[]) => io.output.write(lines.map((l) => `${wrap(l)}\n`).join(""));
  const lines = lineReader(io.input, io.output, io.echo);
  const read = lines.read;

  // A certainty that cannot be read counts as low, as Moodle assumes when none is given.
  const askCertainty = async (): Promise<Certainty | undefined> => {
    for (;;) {
      const line = await read(msg(lang, "ask.certainty"));
      if (line === undefined) return undefined;
      const certainty = parseCertainty(line);
      if (certainty) return certainty;
      print(msg(lang, "reply.certainty"));
    }
  };

  // Reads until the line is understood; the end of the input means quit.
  const readReply = async (item: Presented): Promise<Exclude<Reply, { kind: "error" }>> => {
    for (;;) {
      const line = await read(askText(item, lang));
      if (line === undefined) return { kind: "quit" };
      const reply = parseReply(item, line, lang);
      if (reply.kind !== "error") return reply;
      print(msg(lang, reply.key, reply.vars));
    }
  };

  let s = setup.session;
  const act = (action: Parameters<typeof applyAndRecord>[1]) => {
    s = applyAndRecord(s, action, progress);
    io.onSession?.(s);
  };
  const total = s.items.length;
  print(
    msg(lang, "quiz.header", {
      title: inertLine(setup.title),
      questions: msg(lang, "n.questions", { n: total }),
    }),
    msg(lang, "line.help"),
  );
  if (total === 0) print("", msg(lang, "quiz.no-questions"));
  try {
    while (s.phase !== "done") {
      const item = s.items[s.index]!;
      print("", ...questionLines(item, s.index + 1, total, lang));
      // Taken up again after its answer (left on the feedback): the answer given stands, as on
      // the full screen; its feedback is shown again, and the quiz goes on.
      if (s.phase === "feedback") {
        print(...answeredLines(item, s.turns[s.index]!, ctx));
        act({ type: "next", now: io.now() });
        continue;
      }
      const reply = await readReply(item);
      switch (reply.kind) {
        case "quit":
          act({ type: "finish", now: io.now() });
          // Nothing answered says so with the results: no score to stop at.
          if (hasAnswers(s)) print("", msg(lang, "quiz.stopped"));
          continue;
        case "skip":
          // The right answer is shown after a skip, as after a miss.
          act({ type: "skip", now: io.now() });
          print(...feedbackLines(item, s.turns[s.index]!, ctx));
          act({ type: "next", now: io.now() });
          continue;
        case "flag":
          act({ type: "flag", reason: reply.reason, now: io.now() });
          print(msg(lang, "quiz.flagged"));
          act({ type: "next", now: io.now() });
          continue;
        case "continue":
          act({ type: "next", now: io.now() });
          continue;
        case "answer": {
          const answeredAt = io.now();
          let certainty: Certainty | undefined;
          // What is kept unscored (an essay) has no certainty to say.
          if (s.certaintyMode && isScored(item.question)) {
            certainty = await askCertainty();
          }
          act({ type: "answer", response: reply.response, certainty, now: answeredAt });
          print(...feedbackLines(item, s.turns[s.index]!, ctx));
          act({ type: "next", now: io.now() });
        }
      }
    }
  } finally {
    lines.close();
  }
  print("", ...resultsLines(quizResults(s), s.items, s.turns, ctx));
  const next = nextReviewLine(progress, s, io.now(), lang);
  if (next) print("", next);
  return s;
}
