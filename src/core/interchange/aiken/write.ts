import type { Language } from "../../facts/model.js";
import type { MessageKey, Said } from "../../i18n/msg.js";
import { aboutOf } from "../../languages/registry.js";
import { questionAsText } from "../../question/as-text.js";
import type { WrittenQuestion } from "../../question/model.js";
import type { ExportNote, ExportResult } from "../draft.js";
import { type FormatName, type TypeWriters, writerOf } from "../type-writers.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** What Aiken has no place for, named in a note. */
type Field = "title" | "explanation" | "feedback" | "weights";

/** Aiken's choices for a question, and what of it is left out; or why it is skipped. */
type AikenQuestion = { choices: { text: string; correct: boolean }[]; lost: Field[] } | Said;

const AIKEN: FormatName = {
  name: "Aiken",
  cannotHold: (type) => ({ key: "export.aiken.single-only", vars: { type } }),
};

/** The types Aiken holds: single choice, and true or false as two choices in the pack's language. */
const AIKEN_TYPES: TypeWriters<AikenQuestion, Language> = {
  single: (q) => {
    if (q.choices.filter((c) => c.correct).length > 1) {
      return { key: "export.aiken.one-answer" };
    }
    const lost: Field[] = [];
    if (q.choices.some((c) => c.feedback !== undefined)) lost.push("feedback");
    if (q.choices.some((c) => !c.correct && c.weight)) lost.push("weights");
    return { choices: q.choices, lost };
  },
  truefalse: (q, language) => {
    const { true: yes, false: no } = aboutOf(language).interchange;
    const choices = [
      { text: yes, correct: q.answer },
      { text: no, correct: !q.answer },
    ];
    return {
      choices,
      lost: (q.feedbackRight ?? q.feedbackWrong) !== undefined ? ["feedback"] : [],
    };
  },
};

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
    const note = (message: Said) => notes.push({ question: q.id, message });
    const write = writerOf(AIKEN_TYPES, q, AIKEN, note);
    if (!write) continue;
    const aiken = write(q, language);
    if ("key" in aiken) {
      note(aiken);
      continue;
    }
    const { choices } = aiken;
    const prompt = oneLine(q.prompt);
    if (prompt.length < 2 || /^[A-Z][).]/.test(prompt) || prompt.startsWith("ANSWER:")) {
      note({ key: "export.aiken.prompt" });
      continue;
    }
    if (choices.length > LETTERS.length) {
      note({ key: "export.aiken.letters", vars: { max: LETTERS.length } });
      continue;
    }
    const lost = [...lostFields(q), ...aiken.lost];
    if (lost.length > 0) note({ key: "export.aiken.left-out", vars: { fields: listOf(lost) } });
    const lines = [prompt, ...choices.map((c, i) => `${LETTERS[i]}) ${oneLine(c.text)}`)];
    lines.push(`ANSWER: ${LETTERS[choices.findIndex((c) => c.correct)]}`);
    out.push(lines.join("\n"));
  }
  return { text: out.length > 0 ? `${out.join("\n\n")}\n` : "", notes, count: out.length };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** What no question keeps in Aiken (its type's writer adds its own). */
function lostFields(q: WrittenQuestion): Field[] {
  const lost: Field[] = [];
  if (q.title !== undefined) lost.push("title");
  if (q.explanation !== undefined) lost.push("explanation");
  return lost;
}

/** The fields, comma-separated, each said in the language the note is said in. */
function listOf([first, ...rest]: Field[]): Said {
  const said: Said = { key: `export.field.${first!}` satisfies MessageKey };
  return rest.length === 0
    ? said
    : { key: "export.list", vars: { first: said, rest: listOf(rest) } };
}
