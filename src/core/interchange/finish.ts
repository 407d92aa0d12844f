import { verbatim } from "../i18n/msg.js";
import { formatPath } from "../pack/issue.js";
import { describeSchemaIssues } from "../pack/schema-issues.js";
import type { WrittenQuestion } from "../question/model.js";
import { questionSchema } from "../question/schema.js";
import type { ImportIssue, ImportResult, ParsedFile } from "./draft.js";
import { slugify, uniqueId } from "./ids.js";

const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Ids and references a pack already holds, which imported questions must not clash with. */
export interface ImportTarget {
  /** Every id used in the pack (ids are unique across sources, entities, facts and questions). */
  ids: Iterable<string>;
  /** Source ids and fact ids questions may cite; other citations are dropped. */
  sources?: Iterable<string>;
  facts?: Iterable<string>;
}

/**
 * Gives each draft an id free in the target pack (the one the file asked for when it can) and
 * validates it against the pack's question schema, so that whatever is imported lints clean.
 */
export function finishImport(parsed: ParsedFile, target: ImportTarget): ImportResult {
  const taken = new Set(target.ids);
  const sources = new Set(target.sources ?? []);
  const facts = new Set(target.facts ?? []);
  const questions: WrittenQuestion[] = [];
  const issues: ImportIssue[] = [...parsed.issues];
  for (const draft of parsed.drafts) {
    const data = { ...draft.data };
    const hint = draft.idHint ?? (data.title as string | undefined) ?? String(data.prompt ?? "");
    const id = uniqueId(ID.test(hint) ? hint : slugify(hint), taken);
    if (Array.isArray(data.sources)) data.sources = data.sources.filter((s) => sources.has(s));
    if (Array.isArray(data.facts)) data.facts = data.facts.filter((f) => facts.has(f));
    const result = questionSchema.safeParse({ id, ...data });
    if (result.success) {
      questions.push(result.data);
      continue;
    }
    taken.delete(id);
    const described = describeSchemaIssues(result.error.issues, questionSchema, data);
    const reasons = [...new Set(described.map((d) => d.message.replace(/^pack: /, "")))];
    issues.push({ line: draft.line, message: verbatim(reasons.join("; ") || formatPath([])) });
  }
  issues.sort((a, b) => a.line - b.line);
  return { questions, issues };
}
