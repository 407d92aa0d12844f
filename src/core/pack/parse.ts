import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { LineCounter, parseDocument } from "yaml";
import type { Pack } from "../facts/model.js";
import { packSchema } from "../facts/schema.js";
import { type PackIssue, sayIssue } from "./issue.js";
import { positionOf } from "./positions.js";
import { checkReferences, type FileCheck } from "./references.js";
import { describeSchemaIssues } from "./schema-issues.js";

/** Largest pack file read, in bytes: a pack is facts and questions, not a corpus. */
export const MAX_PACK_BYTES = 5_000_000;
/** YAML aliases expanded before the file is refused, against "billion laughs" files. */
const MAX_ALIASES = 200;
/** Deepest nesting accepted; the pack format needs about six levels. */
const MAX_DEPTH = 64;

export interface ParseResult {
  pack: Pack | null;
  errors: PackIssue[];
}

/** A result of one issue, at a line and column of `file`. */
function failAt(file: string) {
  return (
    line: number,
    col: number,
    problem: string | ReturnType<typeof sayIssue>,
  ): ParseResult => ({
    pack: null,
    errors: [
      { file, line, col, ...(typeof problem === "string" ? { message: problem } : problem) },
    ],
  });
}

/**
 * Parses and validates the text of a pack.yaml. Never throws: every problem is returned as an
 * issue with its line and column, all of them at once, so that one run shows everything to fix.
 */
export function parsePack(
  text: string,
  file: string,
  defaultId: string,
  checkFile?: FileCheck,
): ParseResult {
  const at = failAt(file);
  if (text.length > MAX_PACK_BYTES) {
    return at(1, 1, sayIssue("pack.too-big", { size: text.length, max: MAX_PACK_BYTES }));
  }
  if (text.includes("\u0000")) return at(1, 1, sayIssue("pack.binary", {}));
  const fast = parseValidPack(text, defaultId, checkFile);
  if (fast) return { pack: fast, errors: [] };
  return parsePackThoroughly(text, file, defaultId, checkFile);
}

/**
 * The same verdict as {@link parsePack}, always through the `yaml` library's Document, which
 * knows the line and column of every node. Exported for the test that both paths agree.
 */
export function parsePackThoroughly(
  ...[text, file, defaultId, checkFile]: Parameters<typeof parsePack>
): ParseResult {
  const at = failAt(file);
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    const detail = firstLine((error as Error).message);
    return at(1, 1, sayIssue("pack.yaml-unreadable", { detail }));
  }
  if (doc.errors.length > 0) {
    return {
      pack: null,
      errors: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          col: pos.col,
          ...sayIssue("pack.yaml-syntax", { detail: firstLine(e.message) }),
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return at(1, 1, `${firstLine((error as Error).message)}; expected a pack without alias bombs`);
  }
  if (nestingDepth(data) > MAX_DEPTH) {
    return at(1, 1, `pack is nested more than ${MAX_DEPTH} levels deep; expected a flat pack`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return at(
      1,
      1,
      "pack: expected a mapping with title, language, sources, entities, events, ...",
    );
  }

  const result = packSchema.safeParse(data, { reportInput: true });
  const pathIssues = [
    ...(result.success ? [] : describeSchemaIssues(result.error.issues, packSchema, data)),
    ...checkReferences(data, checkFile),
  ];
  const errors = pathIssues.map((issue) => {
    const { line, col } = positionOf(doc, lineCounter, issue.path, issue.key);
    return { file, line, col, message: issue.message, ...(issue.said ? { said: issue.said } : {}) };
  });
  errors.sort((a, b) => a.line - b.line || a.col - b.col);
  if (!result.success || errors.length > 0) return { pack: null, errors: dedupe(errors) };
  return { pack: { ...result.data, id: result.data.id ?? defaultId }, errors: [] };
}

/**
 * The pack, when the text is a valid pack without YAML anchors; else null, and the caller takes
 * the thorough path. The `yaml` library's Document, which knows where every node is, costs about
 * 65 times the file's size in memory (110 MB for a 1,000-article pack): js-yaml builds the plain
 * values directly, and positions are only needed to report errors. Anchors and aliases always
 * take the thorough path, where their expansion is counted against alias bombs.
 */
function parseValidPack(text: string, defaultId: string, checkFile?: FileCheck): Pack | null {
  if (NOT_FOR_LEAN_READER.test(text)) return null;
  let data: unknown;
  try {
    // CORE_SCHEMA is YAML 1.2's, as the `yaml` library reads: 2023-11-17 stays a string.
    data = loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  if (nestingDepth(data) > MAX_DEPTH) return null;
  const result = packSchema.safeParse(data);
  if (!result.success || checkReferences(data, checkFile).length > 0) return null;
  return { ...result.data, id: result.data.id ?? defaultId };
}

/**
 * Text the lean reader leaves to the thorough one: an anchor (&a), an alias (*a) or a merge key
 * (<<) may be there, or a # glued to a token, which js-yaml reads as a comment where the `yaml`
 * library (and editors built on it) refuse it.
 */
const NOT_FOR_LEAN_READER = /(?:^|[\s[{,:-])[&*][^\s,\]}]|<<|\S#|\r(?!\n)/m;

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

function dedupe(errors: PackIssue[]): PackIssue[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.col}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function nestingDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_DEPTH) return d;
    if (typeof v === "object" && v !== null) {
      for (const child of Object.values(v)) stack.push([child, d + 1]);
    }
  }
  return max;
}
