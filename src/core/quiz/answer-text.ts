import type { Language } from "../facts/model.js";
import { msg } from "../i18n/msg.js";
import { percent } from "../i18n/number.js";
import type { AnyQuestion, AnyResponse, Shown } from "../question/types/answer-type.js";
import { answerTypeOf } from "../question/types/index.js";
import type { Presented } from "./presentation.js";
import type { Response } from "./response.js";

/** A share as a percentage the way the language writes it: "67 %" in French, "67%" in English. */
export function formatPercent(share: number, lang: Language): string {
  return percent(share, lang);
}

/** A duration as "45 s" or "3 min 05 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/**
 * The right answer, as lines to show after a miss: one line for most types, one line per pair
 * or item for matching and ordering. Empty for essays and descriptions.
 */
export function expectedAnswer(item: Presented, lang: Language): string[] {
  return expectedAny(item, lang);
}

function expectedAny(item: Shown<AnyQuestion>, lang: Language): string[] {
  return answerTypeOf(item.question).expected(item, lang, expectedAny);
}

/** What the reader answered, in words, for the list of missed questions. */
export function describeResponse(
  item: Presented,
  response: Response | undefined,
  lang: Language,
): string {
  if (!response) return msg(lang, "quiz.no-answer");
  return describeAny(item, response, lang);
}

function describeAny(item: Shown<AnyQuestion>, response: AnyResponse, lang: Language): string {
  if (response.type !== item.question.type) return "";
  return answerTypeOf(item.question).describe(item, response, lang, describeAny);
}
