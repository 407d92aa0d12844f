import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { textIn } from "../core/facts/texts.js";
import { msg } from "../core/i18n/msg.js";
import type { ProgressPort } from "../core/progress/port.js";
import { type InterruptedQuiz, resumeQuiz, standing } from "../core/quiz/interrupted.js";
import type { QuizSetup } from "../core/quiz/setup.js";
import { UserError } from "../errors.js";
import { type LoadedPack, loadPack } from "../io/packs.js";
import { localMinute } from "./local-time.js";

/**
 * `play --resume`: the quiz an earlier run left, on its pack as read now, every answer kept.
 * Refused when there is none, when PACK names another pack, or when the pack changed since (its
 * questions may no longer be true: the quiz is then dropped). Forgotten by the store once taken:
 * if it is left again, it is saved again.
 */
export function takeUpQuiz(
  progress: ProgressPort,
  ref: string | undefined,
  ctx: CommandContext,
  now: number,
  lang: Language,
  command = "newsquiz",
): { loaded: LoadedPack; setup: QuizSetup; questionLang: Language } {
  const quiz = progress.takeInterrupted();
  if (!quiz) throw new UserError("resume.none");
  const pack = quiz.session.pack;
  if (ref !== undefined && loadPack(ref, ctx.cwd, ctx.env).pack.id !== pack) {
    throw new UserError("resume.other-pack", { pack, asked: ref, command });
  }
  let loaded: LoadedPack | undefined;
  try {
    loaded = loadPack(quiz.packFile, ctx.cwd, ctx.env);
  } catch {
    loaded = undefined;
  }
  if (!loaded || loaded.hash !== quiz.session.packHash) {
    progress.clearInterrupted();
    throw new UserError("resume.changed", { pack });
  }
  progress.clearInterrupted();
  const setup: QuizSetup = {
    session: resumeQuiz(quiz, now),
    lang,
    sources: new Map(loaded.pack.sources.map((s) => [s.id, s])),
    title: textIn(loaded.pack, "title", quiz.lang, loaded.pack.language) ?? loaded.pack.title,
    seedPicked: false,
  };
  return { loaded, setup, questionLang: quiz.lang };
}

/** One line saying that a quiz on this pack is waiting to be taken up again, if one is. */
export function waitingLine(
  progress: ProgressPort,
  pack: string,
  lang: Language,
  command = "newsquiz",
): string | undefined {
  const quiz: InterruptedQuiz | undefined = progress.takeInterrupted();
  if (!quiz || quiz.session.pack !== pack) return undefined;
  const where = standing(quiz);
  return msg(lang, "resume.waiting", {
    pack,
    question: where.question,
    total: where.total,
    when: localMinute(new Date(quiz.savedAt)),
    command,
  });
}
