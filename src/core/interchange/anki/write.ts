import type { Language, Source } from "../../facts/model.js";
import { sourceName } from "../../facts/sources.js";
import type { Said } from "../../i18n/msg.js";
import type { InterchangeWords } from "../../languages/about-types.js";
import { aboutOf } from "../../languages/registry.js";
import type { Question } from "../../question/model.js";
import {
  type BlankQuestion,
  blankLabel,
  blankQuestion,
  choicesOf,
  fillBlanks,
} from "../../question/types/cloze/index.js";
import { shownAnswer } from "../../question/types/short/match.js";
import type { ExportNote, ExportResult } from "../draft.js";
import { type FormatName, type OfType, type TypeWriters, writerOf } from "../type-writers.js";

type Words = InterchangeWords;

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
  const words = aboutOf(pack.language).interchange;
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
    const note = (message: Said) => notes.push({ question: q.id, message });
    const write = writerOf(ANKI_TYPES, q, ANKI, note);
    if (!write) continue;
    const card = write(q, words);
    if (card.back === undefined) {
      note({ key: q.type === "essay" ? "export.anki.essay" : "export.anki.description" });
      continue;
    }
    const explanation =
      q.explanation !== undefined ? `<br><br>${html(q.explanation, q.format)}` : "";
    const front = html(card.prompt ?? q.prompt, q.format) + card.choices;
    const twin = fronts.get(front);
    if (twin !== undefined) {
      note({ key: "export.anki.same-front", vars: { twin } });
    } else fronts.set(front, q.id);
    const tags = [pack.id, q.type, ...(q.kind !== "written" ? [q.kind] : []), ...q.tags].map(tag);
    rows.push(
      [front, card.back + explanation + cited(q), [...new Set(tags)].join(" ")]
        .map(field)
        .join("\t"),
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

/** A note's fields from a question: the back (undefined: it has none), and under the prompt what the reader chooses from. */
interface Card {
  back: string | undefined;
  choices: string;
  /** The prompt as the front shows it, when not as written. */
  prompt?: string;
}

const ANKI: FormatName = { name: "Anki" };

/** What the reader picks from, under the prompt. */
const list = (items: string[]) => `<br><br>${items.join("<br>")}`;

/** The types Anki holds (a description is one it has no back for). */
const ANKI_TYPES: TypeWriters<Card, Words> = {
  single: (q) => choiceCard(q),
  multiple: (q) => choiceCard(q),
  truefalse: (q, words) => ({ back: q.answer ? words.true : words.false, choices: "" }),
  numeric: (q) => {
    const text = (t: string) => html(t, q.format);
    const unit = q.unit !== undefined ? ` ${text(q.unit)}` : "";
    const back = q.answers
      .filter((a) => (a.weight ?? 100) > 0)
      .map((a) =>
        a.value === undefined
          ? `${a.min}–${a.max}${unit}`
          : `${a.value}${unit}${a.tolerance ? ` (± ${a.tolerance})` : ""}`,
      )
      .join("<br>");
    return { back, choices: "" };
  },
  short: (q, words) => {
    const text = (t: string) => html(t, q.format);
    const accepted = q.answers
      .map((a) => (typeof a === "string" ? { text: a, weight: 100 } : a))
      .filter((a) => (a.weight ?? 100) > 0);
    const [first, ...others] = accepted;
    const also =
      others.length > 0
        ? `<br>${words.alsoAccepted}: ${others.map((a) => text(shownAnswer(a.text))).join(", ")}`
        : "";
    return { back: first ? text(shownAnswer(first.text)) + also : undefined, choices: "" };
  },
  matching: (q) => {
    const text = (t: string) => html(t, q.format);
    const lefts = q.pairs.filter((p) => p.left !== "");
    const rights = [...new Set(q.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b));
    return {
      back: lefts.map((p) => `${text(p.left)} → ${text(p.right)}`).join("<br>"),
      choices: list([...lefts.map((p) => `${text(p.left)} → ?`), "", ...rights.map(text)]),
    };
  },
  // The items to order in alphabetical order, the right order on the back.
  ordering: (q) => {
    const text = (t: string) => html(t, q.format);
    return {
      back: q.items.map((item, i) => `${i + 1}. ${text(item)}`).join("<br>"),
      choices: list([...q.items].sort((a, b) => a.localeCompare(b)).map((i) => `• ${text(i)}`)),
    };
  },
  essay: (q) => ({ back: q.explanation !== undefined ? "" : undefined, choices: "" }),
  description: () => ({ back: undefined, choices: "" }),
  cloze: (q, words) => {
    const text = (t: string) => html(t, q.format);
    const back = q.blanks
      .map((_, i) => `[${i + 1}] ${blankCard(blankQuestion(q, i), words).back ?? ""}`)
      .join("<br>");
    const rows = q.blanks.flatMap((b, i) => {
      const choices = choicesOf(b);
      return choices
        ? [`${blankLabel(i + 1)} ${choices.map((c) => text(c.text)).join(" / ")}`]
        : [];
    });
    return {
      back,
      choices: rows.length > 0 ? list(rows) : "",
      prompt: fillBlanks(q.prompt, blankLabel),
    };
  },
};

/** A question with listed choices: the right ones on the back, every one lettered on the front. */
function choiceCard(q: OfType<"single" | "multiple">): Card {
  const text = (t: string) => html(t, q.format);
  return {
    back: q.choices
      .filter((c) => c.correct)
      .map((c) => text(c.text))
      .join("<br>"),
    choices: list(
      q.choices.map((c, i) => `${String.fromCharCode(65 + (i % 26))}. ${text(c.text)}`),
    ),
  };
}

/** A blank of a cloze question, as the card of a question of its type. */
function blankCard(blank: BlankQuestion, words: Words): Card {
  return ANKI_TYPES[blank.type]!(blank as never, words);
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
