import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import type { DraftQuestion, ImportIssue, ParsedFile } from "../draft.js";
import { jsonErrorOffset } from "./syntax.js";

/**
 * Reads newsquiz's JSON interchange (what `export --format json` writes: `{ "questions": [...] }`)
 * or a bare list of questions. JSON is read with the YAML parser, which knows where each question
 * starts, so that every malformed one is reported at its line.
 */
export function parseQuestionsJson(text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const broken = jsonErrorOffset(text);
  if (broken >= 0) {
    const line = text.slice(0, broken).split("\n").length;
    const near = JSON.stringify(text.slice(broken, broken + 12).split("\n")[0]);
    return {
      drafts: [],
      issues: [{ line, message: { key: "json.syntax", vars: { near } } }],
    };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
    return {
      drafts: [],
      issues: [
        {
          line,
          message: { key: "json.unreadable", vars: { reason: first.message.split("\n")[0]! } },
        },
      ],
    };
  }
  let list: unknown = doc.contents;
  if (isMap(list)) list = list.get("questions", true);
  if (!isSeq(list)) {
    return {
      drafts: [],
      issues: [
        {
          line: 1,
          message: { key: "json.no-questions" },
        },
      ],
    };
  }
  const drafts: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  for (const node of list.items) {
    const line = lineCounter.linePos((node as { range?: number[] }).range?.[0] ?? 0).line;
    const value = (node as { toJSON?: () => unknown }).toJSON?.() ?? node;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      issues.push({
        line,
        message: { key: "json.not-object" },
      });
      continue;
    }
    const {
      id,
      kind: _kind,
      difficulty: _difficulty,
      evidence: _evidence,
      ...data
    } = value as Record<string, unknown>;
    drafts.push({ line, idHint: typeof id === "string" ? id : undefined, data });
  }
  return { drafts, issues };
}
