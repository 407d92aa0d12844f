import type { Language } from "../i18n/language.js";
import { type MessageKey, type MessageVars, type Said, said, verbatim } from "../i18n/msg.js";

/**
 * One problem found in a pack file, with where it is. Lines and columns start at 1; 0 when
 * unknown. `message` is the English text; `said`, when there, the message in any language.
 */
export interface PackIssue {
  file: string;
  line: number;
  col: number;
  message: string;
  said?: Said;
}

/** A problem as a message of the catalogue, with its English text. */
export function sayIssue(key: MessageKey, vars: MessageVars): { message: string; said: Said } {
  const message: Said = { key, vars };
  return { message: said("en", message), said: message };
}

/** `path/to/pack.yaml:12:5: message`, the form editors and terminals make clickable. */
export function issueSaid(issue: PackIssue): Said {
  const at = issue.line === 0 ? issue.file : `${issue.file}:${issue.line}:${issue.col}`;
  return { key: "pack.issue.at", vars: { at, what: issue.said ?? verbatim(issue.message) } };
}

/** {@link issueSaid} in English. */
export function formatIssue(issue: PackIssue): string {
  return said("en", issueSaid(issue));
}

/** {@link issueSaid} in the language. */
export function issueIn(lang: Language, issue: PackIssue): string {
  return said(lang, issueSaid(issue));
}

/** A path inside the pack data as a reader writes it: `events[3].actor`. */
export type DataPath = readonly (string | number)[];

export function formatPath(path: DataPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "pack" : out;
}

/** The closest of `candidates` to `word` when it is a plausible typo of it, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  // Short words allow one typo; longer ones about one per three letters.
  let bestDistance = (word.length <= 3 ? 1 : Math.max(1, Math.floor(word.length / 3))) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[b.length]!;
}
