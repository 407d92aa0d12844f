import type { Language, Source } from "../../facts/model.js";
import { sourceName } from "../../facts/sources.js";
import type { Question } from "../../question/model.js";
import { blankLabel, blankQuestion, fillBlanks } from "../../question/types/cloze/index.js";
import { shownAnswer } from "../../quiz/short-answer.js";
import type { ExportNote, ExportResult } from "../draft.js";

const WORDS: Record<
  Language,
  { yes: string; no: string; also: string; within: string; sources: string }
> = {
  fr: { yes: "Vrai", no: "Faux", also: "Accepté aussi", within: "à", sources: "Sources : " },
  en: { yes: "True", no: "False", also: "Also accepted", within: "within", sources: "Sources: " },
};

/**
 * A tab-separated file for Anki's text importer (File > Import): the headers say tab-separated,
 * HTML fields, Anki's Basic note type, the deck, and that column 3 holds tags. Two questions with
 * the same front are said on stderr: Anki would take them for one note. Front: the prompt and whatever the reader
 * chooses from; back: the answer, the explanation, the sources; tags: the pack id and the question type
 * (and kind, for generated questions). Anki has no place for a question without an answer, so
 * descriptions, and essays without an explanation, are skipped with a note.
 */
export function writeAnki(
  questions: readonly Question[],
  pack: { id: string; title: string; language: Language; sources?: readonly Source[] },
): ExportResult {
  const words = WORDS[pack.language];
  const sources = new Map((pack.sources ?? []).map((s) => [s.id, s]));
  const cited = (q: Question): string => {
    const names = q.sources.flatMap((id) => {
      const source = sources.get(id);
      return source ? [sourceName(source, pack.language)] : [];
    });
    return names.length > 0 ? `<br><br>${html(words.sources + names.join(", "), "plain")}` : "";
  };
  const notes: ExportNote[] = [];
  const rows: string[] = [];
  const fronts = new Map<string, string>();
  for (const q of questions) {
    const back = answerOf(q, words);
    if (back === undefined) {
      notes.push({
        question: q.id,
        message: `skipped: ${q.type === "essay" ? "an essay without an explanation" : "a description"} has no answer to put on the back of a card`,
      });
      continue;
    }
    const explanation =
      q.explanation !== undefined ? `<br><br>${html(q.explanation, q.format)}` : "";
    const prompt = q.type === "cloze" ? fillBlanks(q.prompt, blankLabel) : q.prompt;
    const front = html(prompt, q.format) + choicesOf(q);
    const twin = fronts.get(front);
    if (twin !== undefined) {
      notes.push({
        question: q.id,
        message: `its front is the same as ${twin}'s: Anki takes notes with the same first field for one, and keeps only one of them`,
      });
    } else fronts.set(front, q.id);
    const tags = [pack.id, q.type, ...(q.kind !== "written" ? [q.kind] : []), ...q.tags].map(tag);
    rows.push(
      [front, back + explanation + cited(q), [...new Set(tags)].join(" ")].map(field).join("\t"),
    );
  }
  const header = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#deck:${oneLine(pack.title)}`,
    "#tags column:3",
  ];
  return { text: `${[...header, ...rows].join("\n")}\n`, notes, count: rows.length };
}

function answerOf(q: Question, words: (typeof WORDS)[Language]): string | undefined {
  const text = (t: string) => html(t, q.format);
  switch (q.type) {
    case "single":
    case "multiple":
      return q.choices
        .filter((c) => c.correct)
        .map((c) => text(c.text))
        .join("<br>");
    case "truefalse":
      return q.answer ? words.yes : words.no;
    case "numeric": {
      const unit = q.unit !== undefined ? ` ${text(q.unit)}` : "";
      return q.answers
        .filter((a) => (a.weight ?? 100) > 0)
        .map((a) =>
          a.value === undefined
            ? `${a.min}–${a.max}${unit}`
            : `${a.value}${unit}${a.tolerance ? ` (± ${a.tolerance})` : ""}`,
        )
        .join("<br>");
    }
    case "short": {
      const accepted = q.answers
        .map((a) => (typeof a === "string" ? { text: a, weight: 100 } : a))
        .filter((a) => (a.weight ?? 100) > 0);
      const [first, ...others] = accepted;
      const also =
        others.length > 0
          ? `<br>${words.also}: ${others.map((a) => text(shownAnswer(a.text))).join(", ")}`
          : "";
      return first ? text(shownAnswer(first.text)) + also : undefined;
    }
    case "matching":
      return q.pairs
        .filter((p) => p.left !== "")
        .map((p) => `${text(p.left)} → ${text(p.right)}`)
        .join("<br>");
    case "ordering":
      return q.items.map((item, i) => `${i + 1}. ${text(item)}`).join("<br>");
    case "cloze":
      return q.blanks
        .map((_, i) => `[${i + 1}] ${answerOf(blankQuestion(q, i), words) ?? ""}`)
        .join("<br>");
    case "essay":
      return q.explanation !== undefined ? "" : undefined;
    default:
      return undefined;
  }
}

/** What the reader picks from, under the prompt; ordering items in alphabetical order. */
function choicesOf(q: Question): string {
  const text = (t: string) => html(t, q.format);
  const list = (items: string[]) => `<br><br>${items.join("<br>")}`;
  if (q.type === "single" || q.type === "multiple") {
    return list(q.choices.map((c, i) => `${String.fromCharCode(65 + (i % 26))}. ${text(c.text)}`));
  }
  if (q.type === "matching") {
    const rights = [...new Set(q.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b));
    return list([
      ...q.pairs.filter((p) => p.left !== "").map((p) => `${text(p.left)} → ?`),
      "",
      ...rights.map(text),
    ]);
  }
  if (q.type === "ordering")
    return list([...q.items].sort((a, b) => a.localeCompare(b)).map((i) => `• ${text(i)}`));
  if (q.type === "cloze") {
    const rows = q.blanks.flatMap((b, i) =>
      b.type === "single" || b.type === "multiple"
        ? [`${blankLabel(i + 1)} ${b.choices.map((c) => text(c.text)).join(" / ")}`]
        : [],
    );
    return rows.length > 0 ? list(rows) : "";
  }
  return "";
}

/** A text as HTML: HTML-format texts as they are, others escaped, line breaks as <br>. */
function html(text: string, format: Question["format"]): string {
  const escaped =
    format === "html"
      ? text
      : text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped.replace(/\r?\n/g, "<br>");
}

/** A field quoted the CSV way when a tab, a line break or a quote would otherwise break the row. */
export function field(value: string): string {
  return /[\t\n\r"]/.test(value) || value.startsWith("#")
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Anki tags are separated by spaces. */
function tag(value: string): string {
  return value.trim().replace(/\s+/g, "_");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
