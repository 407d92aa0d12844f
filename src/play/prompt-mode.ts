import { checkbox, input, Separator, select } from "@inquirer/prompts";
import type { CommandContext } from "../context.js";
import { msg } from "../core/i18n/msg.js";
import type { ProgressPort } from "../core/progress/port.js";
import type { PromptField } from "../core/question/types/faces.js";
import { answerTypeOf } from "../core/question/types/index.js";
import type { Certainty } from "../core/quiz/answer-record.js";
import { CERTAINTIES } from "../core/quiz/certainty.js";
import { parseReply, type Reply } from "../core/quiz/parse-reply.js";
import type { Presented } from "../core/quiz/presentation.js";
import { applyAndRecord } from "../core/quiz/record.js";
import { quizResults } from "../core/quiz/results.js";
import { isScored } from "../core/quiz/scoring.js";
import type { QuizAction, QuizSession } from "../core/quiz/session.js";
import type { QuizSetup } from "../core/quiz/setup.js";
import {
  answeredLines,
  feedbackLines,
  resultsLines,
  type TranscriptContext,
} from "../core/quiz/transcript.js";
import { wrapText } from "../core/text/fit-width.js";
import { inertLine } from "../core/text/inert.js";
import { promptTheme } from "../run/prompt-theme.js";
import { nextReviewLine } from "./next-review.js";

type Lang = QuizSetup["lang"];

/**
 * `play --plain` in a terminal: one @inquirer/prompts prompt per question (select, checkbox,
 * input), feedback and score printed as lines. Ink is never loaded here, so the two never read
 * the keyboard at once. Ctrl-C leaves the quiz before its end ("left"): the caller keeps it to be
 * taken up again, as the other faces do.
 */
export async function runPromptMode(
  setup: QuizSetup,
  ctx: CommandContext,
  progress: ProgressPort,
  now: () => number,
  /** Told of each change of the session, so that leaving can save the quiz as it stands. */
  onSession: (session: QuizSession) => void = () => {},
): Promise<"done" | "left" | "kept"> {
  const { lang } = setup;
  const tctx: TranscriptContext = { lang, sources: setup.sources };
  const io = { input: ctx.stdin, output: ctx.stdout };
  // A terminal: every line printed is word-wrapped to its width.
  const columns = ctx.stdout.columns || 80;
  const print = (...lines: string[]) =>
    ctx.stdout.write(lines.map((l) => `${wrapText(l, columns)}\n`).join(""));
  let s = setup.session;
  const act = (action: QuizAction) => {
    s = applyAndRecord(s, action, progress);
    onSession(s);
  };
  print(
    msg(lang, "quiz.header", {
      title: inertLine(setup.title),
      questions: msg(lang, "n.questions", { n: s.items.length }),
    }),
  );
  try {
    while (s.phase !== "done") {
      const item = s.items[s.index]!;
      const unreviewed = item.question.unreviewed ? ` (${msg(lang, "quiz.unreviewed")})` : "";
      const message = `${msg(lang, "quiz.progress", { n: s.index + 1, total: s.items.length })}${unreviewed} · ${inertLine(item.question.prompt)}`;
      // Taken up again after its answer (left on the feedback): the answer given stands, as on
      // the full screen; its feedback is shown again, and the quiz goes on.
      if (s.phase === "feedback") {
        print(message, ...answeredLines(item, s.turns[s.index]!, tctx), "");
        act({ type: "next", now: now() });
        continue;
      }
      const reply = await ask(item, message, lang, io);
      if (reply.kind === "quit") {
        // Finishing early is asked again: one stray choice must not end the quiz.
        const choice = await confirmLeave(s, lang, io);
        if (choice === "keep") {
          print("");
          return "kept";
        }
        if (choice === "finish") act({ type: "finish", now: now() });
      } else if (reply.kind === "skip") {
        // The right answer is shown after a skip, as after a miss.
        act({ type: "skip", now: now() });
        print(...feedbackLines(item, s.turns[s.index]!, tctx), "");
        act({ type: "next", now: now() });
      } else if (reply.kind === "flag") {
        act({ type: "flag", reason: reply.reason, now: now() });
        print(msg(lang, "quiz.flagged"), "");
        act({ type: "next", now: now() });
      } else if (reply.kind === "answer") {
        const answeredAt = now();
        const certainty =
          s.certaintyMode && isScored(item.question) ? await askCertainty(lang, io) : undefined;
        act({ type: "answer", response: reply.response, certainty, now: answeredAt });
        print(...feedbackLines(item, s.turns[s.index]!, tctx), "");
        act({ type: "next", now: now() });
      } else {
        act({ type: "next", now: now() });
      }
    }
  } catch (error) {
    if ((error as Error).name !== "ExitPromptError") throw error;
    print("");
    return "left";
  }
  print("", ...resultsLines(quizResults(s), s.items, s.turns, tctx));
  const next = nextReviewLine(progress, s, now(), lang);
  if (next) print("", next);
  return "done";
}

/** Before finishing early: finish now, keep the quiz to take up later, or go on. */
async function confirmLeave(
  s: QuizSession,
  lang: Lang,
  io: Io,
): Promise<"finish" | "keep" | "back"> {
  const results = quizResults(s);
  const answered = results.answered + results.skipped;
  const message =
    answered > 0
      ? msg(lang, "leave.finish", { answered: msg(lang, "n.answered-questions", { n: answered }) })
      : msg(lang, "leave.nothing");
  const choices = [
    {
      name: msg(lang, answered > 0 ? "leave.finish-choice" : "leave.nothing-choice"),
      value: "finish" as const,
    },
    { name: msg(lang, "leave.keep-choice"), value: "keep" as const },
    { name: msg(lang, "leave.back-choice"), value: "back" as const },
  ];
  return select({ message, choices, loop: false, theme: promptTheme(lang) }, io);
}

type Io = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };

/** Asks the question as its type says (lists, boxes, texts), then reads it as line mode does. */
async function ask(item: Presented, message: string, lang: Lang, io: Io): Promise<Reply> {
  const how = answerTypeOf(item.question).prompt(item, lang);
  if (how.kind === "line") {
    for (;;) {
      const text = await input({ message: `${message}\n ${msg(lang, "line.help")}\n` }, io);
      const reply = parseReply(item, text, lang);
      if (reply.kind !== "error") return reply;
      io.output.write(`${msg(lang, reply.key, reply.vars)}\n`);
    }
  }
  const answers: string[] = [];
  for (const field of how.fields) {
    const answer = await askField(field, message, lang, io);
    if (typeof answer !== "string") return answer;
    answers.push(answer);
  }
  if (answers.every((a) => a.trim() === "")) return { kind: "skip" };
  return parseReply(item, how.line(answers), lang);
}

/** One field of a question: its answer, or what a command chosen instead says to do. */
async function askField(
  field: PromptField,
  message: string,
  lang: Lang,
  io: Io,
): Promise<string | Reply> {
  switch (field.kind) {
    case "pick": {
      // What a list answers besides a choice, where the question says: skip, flag or stop.
      const commands = field.commands
        ? [
            new Separator(),
            { name: msg(lang, "prompt.skip"), value: "skip" },
            { name: msg(lang, "prompt.flag"), value: "flag" },
            { name: msg(lang, "prompt.quit"), value: "quit" },
          ]
        : [];
      const picked = await select<string>(
        {
          message: message + field.label,
          choices: [...field.choices, ...commands],
          loop: false,
          theme: promptTheme(lang),
        },
        io,
      );
      if (!field.commands) return picked;
      if (picked === "flag") return { kind: "flag", reason: "unclear" };
      return picked === "skip" || picked === "quit" ? { kind: picked } : picked;
    }
    case "tick": {
      const { choices } = field;
      const ticked = await checkbox(
        { message: message + field.label, choices, loop: false, theme: promptTheme(lang) },
        io,
      );
      return ticked.join(",");
    }
    case "type": {
      const validate = (v: string) => field.check?.(v) ?? true;
      return input({ message: message + field.label, validate }, io);
    }
    case "rank": {
      const left = field.items.map((_, k) => k + 1);
      const order: number[] = [];
      while (left.length > 0) {
        const choices = left.map((k) => ({ name: field.items[k - 1]!, value: k }));
        const n = order.length + 1;
        const picked = await select(
          { message: `${message}\n  ${n}. ?`, choices, loop: false, theme: promptTheme(lang) },
          io,
        );
        order.push(picked);
        left.splice(left.indexOf(picked), 1);
      }
      return order.join(" ");
    }
  }
}

async function askCertainty(lang: Lang, io: Io): Promise<Certainty> {
  const choices = CERTAINTIES.map((c, k) => ({
    name: `${k + 1}. ${msg(lang, `certainty.${c}`)}`,
    value: c,
  }));
  return select({ message: msg(lang, "certainty.prompt"), choices, theme: promptTheme(lang) }, io);
}
