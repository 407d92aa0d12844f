import type { WrittenQuestion } from "../../question/model.js";
import { fillBlanks, writeMoodleBlank } from "../../question/types/cloze/index.js";
import { defaultShare } from "../choices.js";
import type { ExportNote, ExportResult } from "../draft.js";
import { RANGE_NOTE, valueAndTolerance } from "../numeric.js";

type Q<T extends WrittenQuestion["type"]> = Extract<WrittenQuestion, { type: T }>;
type Note = (message: string) => void;

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
    out.push(writeQuestion(q, (message) => notes.push({ question: q.id, message })));
  }
  out.push("</quiz>", "");
  return { text: out.join("\n"), notes, count: questions.length };
}

const MOODLE_TYPES: Record<WrittenQuestion["type"], string> = {
  single: "multichoice",
  multiple: "multichoice",
  truefalse: "truefalse",
  numeric: "numerical",
  short: "shortanswer",
  matching: "matching",
  ordering: "ordering",
  essay: "essay",
  description: "description",
  cloze: "cloze",
};

function writeQuestion(q: WrittenQuestion, note: Note): string {
  if (q.sources.length > 0 || q.facts.length > 0)
    note("its sources and facts are not written (Moodle XML cannot hold them; JSON can)");
  const format = formatAttr(q.format);
  const lines = [
    `  <question type="${MOODLE_TYPES[q.type]}">`,
    `    <name>${textElement(q.title ?? q.id)}</name>`,
    `    <questiontext ${format}>${textElement(q.type === "cloze" ? clozeText(q, note) : q.prompt)}</questiontext>`,
    `    <generalfeedback ${format}>${textElement(q.explanation ?? "")}</generalfeedback>`,
  ];
  // Moodle computes a cloze question's mark from its blanks, and writes none.
  if (q.type !== "cloze")
    lines.push(`    <defaultgrade>${q.type === "description" ? 0 : 1}</defaultgrade>`);
  lines.push(
    `    <penalty>${q.penalty ?? DEFAULT_PENALTY}</penalty>`,
    "    <hidden>0</hidden>",
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
    ...body(q, format, note),
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

function body(q: WrittenQuestion, format: string, note: Note): string[] {
  const answer = (fraction: number, text: string, feedback?: string, extra: string[] = []) => [
    `    <answer fraction="${percent(fraction)}" ${format}>`,
    `      ${textElement(text)}`,
    `      <feedback ${format}>${textElement(feedback ?? "")}</feedback>`,
    ...extra.map((e) => `      ${e}`),
    "    </answer>",
  ];
  switch (q.type) {
    case "single":
    case "multiple": {
      const share = defaultShare(q.choices.filter((c) => c.correct).length);
      const weight = (c: Q<"single">["choices"][number]) =>
        q.type === "single"
          ? c.correct
            ? 100
            : (c.weight ?? 0)
          : (c.weight ?? (c.correct ? share : -share));
      return [
        `    <single>${q.type === "single"}</single>`,
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        ...q.choices.flatMap((c) => answer(weight(c), c.text, c.feedback)),
      ];
    }
    case "truefalse":
      return [
        ...answer(q.answer ? 100 : 0, "true", q.answer ? q.feedbackRight : q.feedbackWrong),
        ...answer(q.answer ? 0 : 100, "false", q.answer ? q.feedbackWrong : q.feedbackRight),
      ];
    case "short": {
      const answers = q.answers.map((a) => (typeof a === "string" ? { text: a } : a));
      return [
        `    <usecase>${q.caseSensitive ? 1 : 0}</usecase>`,
        ...answers.flatMap((a) => answer(a.weight ?? 100, a.text, a.feedback)),
        ...(q.feedbackWrong !== undefined ? answer(0, "*", q.feedbackWrong) : []),
      ];
    }
    case "numeric":
      return numericBody(q, answer, note);
    case "matching":
      return [
        "    <shuffleanswers>true</shuffleanswers>",
        ...q.pairs.flatMap((p) => [
          `    <subquestion ${format}>`,
          `      ${textElement(p.left)}`,
          `      <answer>${textElement(p.right)}</answer>`,
          "    </subquestion>",
        ]),
      ];
    case "ordering":
      return [
        "    <layouttype>VERTICAL</layouttype>",
        "    <selecttype>ALL</selecttype>",
        "    <selectcount>0</selectcount>",
        "    <gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>",
        ...q.items.flatMap((item, i) => [
          `    <answer fraction="${i + 1}" ${format}>`,
          `      ${textElement(item)}`,
          "    </answer>",
        ]),
      ];
    case "essay":
      return [
        "    <responseformat>editor</responseformat>",
        "    <responserequired>1</responserequired>",
        "    <responsefieldlines>15</responsefieldlines>",
        "    <attachments>0</attachments>",
        "    <attachmentsrequired>0</attachmentsrequired>",
      ];
    default:
      return [];
  }
}

function numericBody(
  q: Q<"numeric">,
  answer: (f: number, t: string, fb?: string, extra?: string[]) => string[],
  note: Note,
): string[] {
  const lines: string[] = [];
  for (const a of q.answers) {
    const { value, tolerance, range } = valueAndTolerance(a);
    if (range) note(RANGE_NOTE);
    lines.push(
      ...answer(a.weight ?? 100, String(value), a.feedback, [
        `<tolerance>${tolerance}</tolerance>`,
      ]),
    );
  }
  if (q.feedbackWrong !== undefined)
    lines.push(...answer(0, "*", q.feedbackWrong, ["<tolerance>0</tolerance>"]));
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
