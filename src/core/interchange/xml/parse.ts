// Moodle XML, read as Moodle's own importer reads it (question/format/xml/format.php): one
// <question> per question, its type in the type attribute, texts in <text> (CDATA or escaped)
// with the format on the element around them, answers with a fraction in percent, and
// <question type="category"> setting the category of the questions after it. The XML itself
// is parsed by fast-xml-parser (pure JavaScript, with a validator that gives the line of a
// syntax error); what each element means is decided here.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Said } from "../../i18n/msg.js";
import type { DraftQuestion, ImportIssue, ParsedFile } from "../draft.js";
import { compact } from "../gift/parse.js";
import { type Node, readers, text, textFormat } from "./read-types.js";

const LISTS = new Set(["question", "answer", "subquestion", "tag", "unit", "hint", "file"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => LISTS.has(name),
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

/** Reads a Moodle XML file: every question of a type newsquiz has, one issue per other one. */
export function parseMoodleXml(xml: string): ParsedFile {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return {
      drafts: [],
      issues: [
        {
          line: valid.err.line,
          message: { key: "xml.malformed", vars: { reason: valid.err.msg } },
        },
      ],
    };
  }
  const doc = parser.parse(xml) as { quiz?: { question?: Node[] } | string };
  if (typeof doc.quiz !== "object") {
    return {
      drafts: [],
      issues: [{ line: 1, message: { key: "xml.no-quiz" } }],
    };
  }
  const lines = questionLines(xml);
  const drafts: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  let category: string | undefined;
  (doc.quiz.question ?? []).forEach((node, i) => {
    const line = lines[i] ?? 1;
    const type = String(node["@type"] ?? "");
    if (type === "category") {
      category = text(node.category) || undefined;
      return;
    }
    const read = readers[type];
    if (!read) {
      issues.push({
        line,
        message: {
          key: "xml.type",
          vars: { type: JSON.stringify(type), types: Object.keys(readers).join(", ") },
        },
      });
      return;
    }
    const result = read(node);
    if ("error" in result) {
      issues.push({ line, message: result.error as Said });
      return;
    }
    const name = text(node.name);
    const idnumber = typeof node.idnumber === "string" ? node.idnumber.trim() : "";
    const fields: Record<string, unknown> = {
      prompt: text(node.questiontext),
      format: textFormat(node.questiontext),
      title: name !== "" && name !== idnumber ? name : undefined,
      category,
      explanation: text(node.generalfeedback) || undefined,
      ...result,
    };
    // Moodle's default penalty (a third, written 0.3333333) is left out, as newsquiz's default.
    const penalty = Number(node.penalty);
    if (node.penalty !== undefined && Number.isFinite(penalty) && Math.abs(penalty - 1 / 3) > 0.001)
      fields.penalty = penalty;
    const tags = ((node.tags as Node | undefined)?.tag as Node[] | undefined) ?? [];
    if (tags.length > 0) fields.tags = tags.map((t) => text(t)).filter(Boolean);
    drafts.push({ line, idHint: idnumber || undefined, data: compact(fields) });
  });
  return { drafts, issues };
}

/**
 * The line of each `<question` start tag, in order, outside comments and CDATA sections: the
 * parser gives the questions in the same order, without positions.
 */
function questionLines(xml: string): number[] {
  const out: number[] = [];
  let line = 1;
  for (let i = 0; i < xml.length; i++) {
    const ch = xml[i];
    if (ch === "\n") line++;
    else if (ch === "<") {
      const skipTo = xml.startsWith("<!--", i)
        ? "-->"
        : xml.startsWith("<![CDATA[", i)
          ? "]]>"
          : "";
      if (skipTo !== "") {
        const end = xml.indexOf(skipTo, i);
        const stop = end < 0 ? xml.length : end;
        for (let j = i; j < stop; j++) if (xml[j] === "\n") line++;
        i = stop;
      } else if (/^<question[\s>/]/.test(xml.slice(i, i + 10))) out.push(line);
    }
  }
  return out;
}
