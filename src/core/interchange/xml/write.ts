import type { Said } from "../../i18n/msg.js";
import type { WrittenQuestion } from "../../question/model.js";
import { fillBlanks } from "../../question/types/cloze/index.js";
import { defaultShare } from "../choices.js";
import type { ExportNote, ExportResult } from "../draft.js";
import { RANGE_NOTE, valueAndTolerance } from "../numeric.js";
import { type FormatName, type OfType, type TypeWriters, writerOf } from "../type-writers.js";
import { writeMoodleBlank } from "./cloze-syntax.js";

type Q<T extends WrittenQuestion["type"]> = OfType<T>;
type Note = (message: Said) => void;

/** Moodle's default penalty, written when a question has none of its own. */
const DEFAULT_PENALTY = 0.3333333;

/**
 * Writes questions as Moodle XML, laid out as Moodle exports it: categories as
 * `<question type="category">`, each question's id as its idnumber (and its name when it has no
 * title), texts in CDATA when they hold markup. Ordering questions use Moodle's ordering question
 * type (qtype_ordering), graded "relative to the next item" as newsquiz grades them.
 */
export function writeMoodleXml(questions: readonly WrittenQuestion[]): ExportResult {
  const notes: ExportNote[] = [];
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"];
  let category: string | undefined;
  let count = 0;
  for (const q of questions) {
    // A category holds for the questions after it: an empty one ends it, as in GIFT.
    if ((q.category ?? "") !== (category ?? "")) {
      out.push(
        '  <question type="category">',
        `    <category>${textElement(q.category ?? "")}</category>`,
        "  </question>",
      );
      category = q.category;
    }
    const xml = writeQuestion(q, (message) => notes.push({ question: q.id, message }));
    if (xml === undefined) continue;
    out.push(xml);
    count++;
  }
  out.push("</quiz>", "");
  return { text: out.join("\n"), notes, count };
}

/**
 * A question as Moodle XML writes it: Moodle's type, the question text when it is not the
 * prompt (a cloze question's blanks in it), its mark (`grade`, none for a cloze question, whose
 * blanks make it), and the elements its type adds.
 */
interface XmlQuestion {
  moodleType: string;
  text?: string;
  grade?: number;
  body: string[];
}

/** What a type's writer needs: the format attribute of the texts, and where to say what is lost. */
interface XmlContext {
  format: string;
  note: Note;
}

const XML: FormatName = { name: "Moodle XML" };

/** Every type Moodle XML holds, each as Moodle's own question type. */
const XML_TYPES: TypeWriters<XmlQuestion, XmlContext> = {
  single: (q, { format }) => ({ moodleType: "multichoice", grade: 1, body: choiceBody(q, format) }),
  multiple: (q, { format }) => ({
    moodleType: "multichoice",
    grade: 1,
    body: choiceBody(q, format),
  }),
  truefalse: (q, { format }) => ({
    moodleType: "truefalse",
    grade: 1,
    body: [
      ...answer(format, q.answer ? 100 : 0, "true", q.answer ? q.feedbackRight : q.feedbackWrong),
      ...answer(format, q.answer ? 0 : 100, "false", q.answer ? q.feedbackWrong : q.feedbackRight),
    ],
  }),
  numeric: (q, { format, note }) => ({
    moodleType: "numerical",
    grade: 1,
    body: numericBody(q, format, note),
  }),
  short: (q, { format }) => {
    const answers = q.answers.map((a) => (typeof a === "string" ? { text: a } : a));
    return {
      moodleType: "shortanswer",
      grade: 1,
      body: [
        `    <usecase>${q.caseSensitive ? 1 : 0}</usecase>`,
        ...answers.flatMap((a) => answer(format, a.weight ?? 100, a.text, a.feedback)),
        ...(q.feedbackWrong !== undefined ? answer(format, 0, "*", q.feedbackWrong) : []),
      ],
    };
  },
  matching: (q, { format }) => ({
    moodleType: "matching",
    grade: 1,
    body: [
      "    <shuffleanswers>true</shuffleanswers>",
      ...q.pairs.flatMap((p) => [
        `    <subquestion ${format}>`,
        `      ${textElement(p.left)}`,
        `      <answer>${textElement(p.right)}</answer>`,
        "    </subquestion>",
      ]),
    ],
  }),
  // Moodle's ordering question type (qtype_ordering), graded "relative to the next item".
  ordering: (q, { format }) => ({
    moodleType: "ordering",
    grade: 1,
    body: [
      "    <layouttype>VERTICAL</layouttype>",
      "    <selecttype>ALL</selecttype>",
      "    <selectcount>0</selectcount>",
      "    <gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>",
      ...q.items.flatMap((item, i) => [
        `    <answer fraction="${i + 1}" ${format}>`,
        `      ${textElement(item)}`,
        "    </answer>",
      ]),
    ],
  }),
  essay: () => ({
    moodleType: "essay",
    grade: 1,
    body: [
      "    <responseformat>editor</responseformat>",
      "    <responserequired>1</responserequired>",
      "    <responsefieldlines>15</responsefieldlines>",
      "    <attachments>0</attachments>",
      "    <attachmentsrequired>0</attachmentsrequired>",
    ],
  }),
  description: () => ({ moodleType: "description", grade: 0, body: [] }),
  // Moodle computes a cloze question's mark from its blanks, and writes none.
  cloze: (q, { note }) => ({ moodleType: "cloze", text: clozeText(q, note), body: [] }),
};

function writeQuestion(q: WrittenQuestion, note: Note): string | undefined {
  const write = writerOf(XML_TYPES, q, XML, note);
  if (!write) return undefined;
  if (q.sources.length > 0 || q.facts.length > 0)
    note({ key: "export.sources", vars: { format: XML.name } });
  // A question written in another language than its pack's says so in the pack (docs/questions.md,
  // rule 8); Moodle XML has no place for it, so an import reads it as in the pack's language.
  if (q.lang !== undefined) note({ key: "export.language", vars: { format: XML.name } });
  const format = formatAttr(q.format);
  const xml = write(q, { format, note });
  const lines = [
    `  <question type="${xml.moodleType}">`,
    `    <name>${textElement(q.title ?? q.id)}</name>`,
    `    <questiontext ${format}>${textElement(xml.text ?? q.prompt)}</questiontext>`,
    `    <generalfeedback ${format}>${textElement(q.explanation ?? "")}</generalfeedback>`,
  ];
  if (xml.grade !== undefined) lines.push(`    <defaultgrade>${xml.grade}</defaultgrade>`);
  lines.push(
    `    <penalty>${q.penalty ?? DEFAULT_PENALTY}</penalty>`,
    "    <hidden>0</hidden>",
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
    ...xml.body,
  );
  if (q.tags.length > 0) {
    lines.push(
      "    <tags>",
      ...q.tags.map((t) => `      <tag>${textElement(t)}</tag>`),
      "    </tags>",
    );
  }
  lines.push("  </question>");
  return lines.join("\n");
}

/** An answer element, as Moodle writes it: its fraction, text and feedback, and extra elements. */
function answer(
  format: string,
  fraction: number,
  text: string,
  feedback?: string,
  extra: string[] = [],
): string[] {
  return [
    `    <answer fraction="${percent(fraction)}" ${format}>`,
    `      ${textElement(text)}`,
    `      <feedback ${format}>${textElement(feedback ?? "")}</feedback>`,
    ...extra.map((e) => `      ${e}`),
    "    </answer>",
  ];
}

/** A multichoice question's choices: right ones full marks (single) or their share (multiple). */
function choiceBody(q: Q<"single" | "multiple">, format: string): string[] {
  const share = defaultShare(q.choices.filter((c) => c.correct).length);
  const single = q.type === "single";
  const weight = (c: Q<"single">["choices"][number]) =>
    single ? (c.correct ? 100 : (c.weight ?? 0)) : (c.weight ?? (c.correct ? share : -share));
  return [
    `    <single>${single}</single>`,
    "    <shuffleanswers>true</shuffleanswers>",
    "    <answernumbering>abc</answernumbering>",
    ...q.choices.flatMap((c) => answer(format, weight(c), c.text, c.feedback)),
  ];
}

function numericBody(q: Q<"numeric">, format: string, note: Note): string[] {
  const lines: string[] = [];
  for (const a of q.answers) {
    const { value, tolerance, range } = valueAndTolerance(a);
    if (range) note(RANGE_NOTE);
    lines.push(
      ...answer(format, a.weight ?? 100, String(value), a.feedback, [
        `<tolerance>${tolerance}</tolerance>`,
      ]),
    );
  }
  if (q.feedbackWrong !== undefined)
    lines.push(...answer(format, 0, "*", q.feedbackWrong, ["<tolerance>0</tolerance>"]));
  if (q.unit !== undefined) {
    lines.push(
      "    <units>",
      "      <unit>",
      "        <multiplier>1</multiplier>",
      `        <unit_name>${escapeXml(q.unit)}</unit_name>`,
      "      </unit>",
      "    </units>",
      // Units shown as a label and not graded: newsquiz asks for the number only.
      "    <showunits>3</showunits>",
    );
  }
  return lines;
}

/** A cloze prompt as Moodle holds it: each {#n} replaced by the blank in Moodle's syntax. */
function clozeText(q: Q<"cloze">, note: Note): string {
  return fillBlanks(q.prompt, (n) => writeMoodleBlank(q.blanks[n - 1]!, note));
}

function formatAttr(format: WrittenQuestion["format"]): string {
  const name =
    format === "html"
      ? "html"
      : format === "plain"
        ? "plain_text"
        : format === "markdown"
          ? "markdown"
          : "moodle_auto_format";
  return `format="${name}"`;
}

/** A percentage as Moodle accepts it: at most seven decimals. */
function percent(weight: number): string {
  return String(Number(weight.toFixed(7)));
}

/** `<text>…</text>`, in CDATA when the text holds markup, as Moodle writes it. */
export function textElement(text: string): string {
  if (!/[<>&]/.test(text)) return `<text>${text}</text>`;
  return `<text><![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]></text>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
