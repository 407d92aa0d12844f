import { checkbox, input, Separator, select } from "@inquirer/prompts";
import type { CommandContext } from "../context.js";
import { tc, tq } from "../core/i18n/quiz-strings.js";
import type { ProgressPort } from "../core/progress/port.js";
import { blankLabel, type ClozeQuestion } from "../core/question/types/cloze/index.js";
import type { Certainty } from "../core/quiz/answer-record.js";
import { CERTAINTIES } from "../core/quiz/certainty.js";
import { parseNumber, parseReply, type Reply } from "../core/quiz/parse-reply.js";
import type { Presented } from "../core/quiz/presentation.js";
import { applyAndRecord } from "../core/quiz/record.js";
import { quizResults } from "../core/quiz/results.js";
import type { QuizAction, QuizSession } from "../core/quiz/session.js";
import {
  answeredLines,
  feedbackLines,
  resultsLines,
  type TranscriptContext,
} from "../core/quiz/transcript.js";
import { wrapText } from "../core/text/fit-width.js";
import { inertLine } from "../core/text/inert.js";
import { nextReviewLine } from "./next-review.js";
import type { QuizSetup } from "./setup.js";

type Lang = QuizSetup["lang"];
/** What a select answers besides a choice: skip, flag or stop. */
type Command = "skip" | "flag" | "quit";

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
    tq(lang, "quiz.header", {
      title: inertLine(setup.title),
      questions: tc(lang, "questions", s.items.length),
    }),
  );
  try {
    while (s.phase !== "done") {
      const item = s.items[s.index]!;
      const unreviewed = item.question.unreviewed ? ` (${tq(lang, "quiz.unreviewed")})` : "";
      const message = `${tq(lang, "quiz.progress", { n: s.index + 1, total: s.items.length })}${unreviewed} · ${inertLine(item.question.prompt)}`;
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
        print(tq(lang, "quiz.flagged"), "");
        act({ type: "next", now: now() });
      } else if (reply.kind === "answer") {
        const answeredAt = now();
        const certainty =
          s.certaintyMode && reply.response.type !== "essay"
            ? await askCertainty(lang, io)
            : undefined;
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
      ? tq(lang, "leave.finish", { answered: tc(lang, "answeredQuestions", answered) })
      : tq(lang, "leave.nothing");
  const choices = [
    {
      name: tq(lang, answered > 0 ? "leave.finish-choice" : "leave.nothing-choice"),
      value: "finish" as const,
    },
    { name: tq(lang, "leave.keep-choice"), value: "keep" as const },
    { name: tq(lang, "leave.back-choice"), value: "back" as const },
  ];
  return select({ message, choices, loop: false }, io);
}

type Io = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };

async function ask(item: Presented, message: string, lang: Lang, io: Io): Promise<Reply> {
  const q = item.question;
  const commands = [
    new Separator(),
    { name: tq(lang, "prompt.skip"), value: "skip" as Command },
    { name: tq(lang, "prompt.flag"), value: "flag" as Command },
    { name: tq(lang, "prompt.quit"), value: "quit" as Command },
  ];
  const asCommand = (value: Command): Reply =>
    value === "flag" ? { kind: "flag", reason: "unclear" } : { kind: value };
  switch (q.type) {
    case "single":
    case "truefalse": {
      const texts =
        q.type === "single"
          ? item.choiceOrder.map((i) => q.choices[i]!.text)
          : [tq(lang, "true"), tq(lang, "false")];
      const choices = texts.map((text, k) => ({ name: `${k + 1}. ${inertLine(text)}`, value: k }));
      const picked = await select<number | Command>(
        { message, choices: [...choices, ...commands], loop: false },
        io,
      );
      if (typeof picked === "string") return asCommand(picked);
      return parseReply(item, String(picked + 1), lang);
    }
    case "multiple": {
      const choices = item.choiceOrder.map((i, k) => ({
        name: `${k + 1}. ${inertLine(q.choices[i]!.text)}`,
        value: k + 1,
      }));
      const picked = await checkbox({ message, choices, loop: false }, io);
      return picked.length ? parseReply(item, picked.join(","), lang) : { kind: "skip" };
    }
    case "matching": {
      const numbers: number[] = [];
      for (const [k, pair] of item.lefts.entries()) {
        const choices = item.rights.map((text, r) => ({ name: inertLine(text), value: r + 1 }));
        const left = `${message}\n  ${String.fromCharCode(97 + k)}. ${inertLine(q.pairs[pair]!.left)} →`;
        numbers.push(await select({ message: left, choices, loop: false }, io));
      }
      return parseReply(item, numbers.join(" "), lang);
    }
    case "ordering": {
      const left = item.itemOrder.map((_, k) => k + 1);
      const order: number[] = [];
      while (left.length > 0) {
        const choices = left.map((k) => ({
          name: inertLine(q.items[item.itemOrder[k - 1]!]!),
          value: k,
        }));
        const n = order.length + 1;
        const picked = await select({ message: `${message}\n  ${n}. ?`, choices, loop: false }, io);
        order.push(picked);
        left.splice(left.indexOf(picked), 1);
      }
      return parseReply(item, order.join(" "), lang);
    }
    case "cloze":
      return askCloze(item, message, lang, io);
    default: {
      for (;;) {
        const text = await input({ message: `${message}\n ${tq(lang, "line.help")}\n` }, io);
        const reply = parseReply(item, text, lang);
        if (reply.kind !== "error") return reply;
        io.output.write(`${tq(lang, reply.key, reply.vars)}\n`);
      }
    }
  }
}

/** A cloze question: one prompt per blank (a list, boxes or a line), then read as one answer. */
async function askCloze(item: Presented, message: string, lang: Lang, io: Io): Promise<Reply> {
  const q = item.question as ClozeQuestion;
  const fields: string[] = [];
  for (const [i, blank] of q.blanks.entries()) {
    const label = `${message}\n  ${blankLabel(i + 1)}`;
    const order = item.blankOrders?.[i] ?? [];
    if (blank.type === "single" || blank.type === "multiple") {
      const choices = order.map((c, k) => ({
        name: `${k + 1}. ${inertLine(blank.choices[c]!.text)}`,
        value: k + 1,
      }));
      const picked =
        blank.type === "single"
          ? [await select({ message: label, choices, loop: false }, io)]
          : await checkbox({ message: label, choices, loop: false }, io);
      fields.push(picked.join(","));
    } else {
      const validate = (v: string) =>
        blank.type !== "numeric" || v.trim() === "" || parseNumber(v, lang) !== undefined
          ? true
          : tq(lang, "error.value");
      // A | would split the line the answers are read from.
      fields.push((await input({ message: label, validate }, io)).replaceAll("|", "/"));
    }
  }
  if (fields.every((f) => f.trim() === "")) return { kind: "skip" };
  return parseReply(item, fields.join(" | "), lang);
}

async function askCertainty(lang: Lang, io: Io): Promise<Certainty> {
  const choices = CERTAINTIES.map((c, k) => ({
    name: `${k + 1}. ${tq(lang, `certainty.${c}`)}`,
    value: c,
  }));
  return select({ message: tq(lang, "certainty.prompt"), choices }, io);
}
