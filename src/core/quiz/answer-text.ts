import type { Language } from "../facts/model.js";
import { formatNumber, NBSP } from "../i18n/format.js";
import { tq } from "../i18n/quiz-strings.js";
import { blankItem, blankLabel } from "../question/types/cloze/index.js";
import type { Presented } from "./presentation.js";
import type { Response } from "./response.js";
import { shownAnswer } from "./short-answer.js";

/** A share as a percentage the way the language writes it: "67 %" in French, "67%" in English. */
export function formatPercent(share: number, lang: Language): string {
  const value = Math.round(share * 100);
  return lang === "fr" ? `${value}${NBSP}%` : `${value}%`;
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
  const q = item.question;
  switch (q.type) {
    case "single":
    case "multiple":
      // Several right choices of a single-choice question are alternatives: any one is right.
      return [
        q.choices
          .filter((c) => c.correct)
          .map((c) => c.text)
          .join(q.type === "single" ? " / " : ", "),
      ];
    case "truefalse":
      return [tq(lang, q.answer ? "true" : "false")];
    case "numeric": {
      const a = q.answers.find((x) => (x.weight ?? 100) === 100) ?? q.answers[0]!;
      const unit = q.unit ? ` ${q.unit}` : "";
      if (a.min !== undefined && a.max !== undefined) {
        return [`${formatNumber(a.min, lang)}–${formatNumber(a.max, lang)}${unit}`];
      }
      const tolerance = a.tolerance ? ` (± ${formatNumber(a.tolerance, lang)})` : "";
      return [`${formatNumber(a.value!, lang)}${unit}${tolerance}`];
    }
    case "short": {
      const a = q.answers.find((x) => typeof x === "string" || (x.weight ?? 100) === 100)!;
      return [shownAnswer(typeof a === "string" ? a : a.text)];
    }
    case "matching":
      return item.lefts.map((i) => `${q.pairs[i]!.left} → ${q.pairs[i]!.right}`);
    case "ordering":
      return q.items.map((text, i) => `${i + 1}. ${text}`);
    case "cloze":
      return q.blanks.map(
        (_, i) => `${blankLabel(i + 1)} ${expectedAnswer(blankItem(item, i), lang).join(" ")}`,
      );
    default:
      return [];
  }
}

/** What the reader answered, in words, for the list of missed questions. */
export function describeResponse(
  item: Presented,
  response: Response | undefined,
  lang: Language,
): string {
  const q = item.question;
  if (!response) return tq(lang, "quiz.no-answer");
  switch (response.type) {
    case "single":
      return q.type === "single" ? (q.choices[response.choice]?.text ?? "") : "";
    case "multiple":
      return q.type === "multiple"
        ? response.choices.map((i) => q.choices[i]?.text ?? "").join(", ") ||
            tq(lang, "quiz.no-answer")
        : "";
    case "truefalse":
      return tq(lang, response.value ? "true" : "false");
    case "numeric":
      return formatNumber(response.value, lang);
    case "short":
    case "essay":
      return response.text;
    case "matching":
      return q.type === "matching"
        ? item.lefts.map((i) => `${q.pairs[i]!.left} → ${response.rights[i] ?? "?"}`).join(" · ")
        : "";
    case "ordering":
      return q.type === "ordering" ? response.order.map((i) => q.items[i]).join(" → ") : "";
    case "cloze":
      return q.type === "cloze"
        ? response.blanks
            .map(
              (r, i) =>
                `${blankLabel(i + 1)} ${r ? describeResponse(blankItem(item, i), r, lang) : "—"}`,
            )
            .join(" · ")
        : "";
  }
}
