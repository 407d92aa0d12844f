import type { Language } from "../facts/model.js";
import { formatNumber } from "../i18n/format.js";
import { word } from "../phrase/words.js";
import type { Question } from "../question/model.js";
import { inertLine } from "../text/inert.js";
import { questionJson } from "./json.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** An accepted answer as a reader reads it: « Twitch », « 700 ± 30 », « 650–750 ». */
function acceptedText(a: unknown, lang: Language): string {
  if (typeof a === "string") return a;
  const n = a as { value?: number; tolerance?: number; min?: number; max?: number };
  if (n.value !== undefined) {
    return n.tolerance
      ? `${formatNumber(n.value, lang)} ± ${formatNumber(n.tolerance, lang)}`
      : formatNumber(n.value, lang);
  }
  return `${formatNumber(n.min ?? 0, lang)}–${formatNumber(n.max ?? 0, lang)}`;
}

/**
 * Questions as a reader skims them: numbered, choices lettered with the right one marked, why
 * each wrong one is wrong where the facts say so, the explanation and the sources. Pack text is
 * made inert before it reaches the terminal.
 */
export function renderQuestions(
  questions: readonly Question[],
  lang: Language,
  seed: number,
): string {
  const lines: string[] = [];
  questions.forEach((q, n) => {
    const j = questionJson(q, lang, seed);
    if (n > 0) lines.push("");
    lines.push(`${n + 1}. [${q.kind}] ${inertLine(q.prompt)}`);
    j.choices.forEach((text, i) => {
      // Items to order are listed shuffled, the right order given after them: no ✓.
      const right = !j.order && (i === j.answer || j.answers?.includes(i));
      lines.push(`   ${LETTERS[i] ?? "?"}) ${inertLine(text)}${right ? "  ✓" : ""}`);
      const why = j.feedback?.[i];
      if (why) lines.push(`      ${inertLine(why)}`);
    });
    if (j.order) {
      lines.push(
        `   ${word(lang, "answer")}${word(lang, "colon")}${j.order.map((i) => LETTERS[i]).join(", ")}`,
      );
    }
    if (j.accept) {
      const accepted = j.accept.map((a) => acceptedText(a, lang)).join(" / ");
      const unit = j.unit ? ` ${j.unit}` : "";
      lines.push(`   ${word(lang, "answer")}${word(lang, "colon")}${inertLine(accepted + unit)}`);
    }
    for (const p of j.pairs ?? []) lines.push(`   ${inertLine(p.left)} → ${inertLine(p.right)}`);
    if (j.explanation) lines.push(`   ${inertLine(j.explanation)}`);
    lines.push(`   (${q.id}; ${j.sources.map(inertLine).join(", ")})`);
  });
  return `${lines.join("\n")}\n`;
}
