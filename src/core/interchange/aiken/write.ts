import type { Language } from "../../facts/model.js";
import { questionAsText } from "../../question/as-text.js";
import type { WrittenQuestion } from "../../question/model.js";
import type { ExportNote, ExportResult } from "../draft.js";

const TRUE_FALSE: Record<Language, [string, string]> = {
  fr: ["Vrai", "Faux"],
  en: ["True", "False"],
};
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Writes what Aiken can hold: single-choice questions, and true/false ones as two choices in the
 * pack's language. Aiken has one line per text and no feedback, so line breaks become spaces and
 * feedback, explanations and titles are left out; every other type is skipped, with a note.
 */
export function writeAiken(
  questions: readonly WrittenQuestion[],
  language: Language,
): ExportResult {
  const notes: ExportNote[] = [];
  const out: string[] = [];
  for (const written of questions) {
    // Aiken is plain text: HTML questions are written as the text they show.
    const q = questionAsText(written);
    const note = (message: string) => notes.push({ question: q.id, message });
    let choices: { text: string; correct: boolean }[];
    if (q.type === "single") {
      if (q.choices.filter((c) => c.correct).length > 1) {
        note("skipped: Aiken has one ANSWER: letter, and this question has several right choices");
        continue;
      }
      choices = q.choices;
    } else if (q.type === "truefalse") {
      const [yes, no] = TRUE_FALSE[language];
      choices = [
        { text: yes, correct: q.answer },
        { text: no, correct: !q.answer },
      ];
    } else {
      note(`skipped: Aiken holds single-choice questions only, not ${q.type}`);
      continue;
    }
    const prompt = oneLine(q.prompt);
    if (prompt.length < 2 || /^[A-Z][).]/.test(prompt) || prompt.startsWith("ANSWER:")) {
      note("skipped: its prompt would read as a choice or an ANSWER: line in Aiken");
      continue;
    }
    if (choices.length > LETTERS.length) {
      note(`skipped: Aiken holds at most ${LETTERS.length} choices`);
      continue;
    }
    const lost = lostFields(q);
    if (lost.length > 0) note(`left out: ${lost.join(", ")} (Aiken has no place for them)`);
    const lines = [prompt, ...choices.map((c, i) => `${LETTERS[i]}) ${oneLine(c.text)}`)];
    lines.push(`ANSWER: ${LETTERS[choices.findIndex((c) => c.correct)]}`);
    out.push(lines.join("\n"));
  }
  return { text: out.length > 0 ? `${out.join("\n\n")}\n` : "", notes, count: out.length };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function lostFields(q: WrittenQuestion): string[] {
  const lost: string[] = [];
  if (q.title !== undefined) lost.push("title");
  if (q.explanation !== undefined) lost.push("explanation");
  if (q.type === "single" && q.choices.some((c) => c.feedback !== undefined)) lost.push("feedback");
  if (q.type === "single" && q.choices.some((c) => !c.correct && c.weight)) lost.push("weights");
  if (q.type === "truefalse" && (q.feedbackRight ?? q.feedbackWrong) !== undefined)
    lost.push("feedback");
  return lost;
}
