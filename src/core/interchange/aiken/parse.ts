// Aiken, read as Moodle's importer reads it (question/format/aiken/format.php): a question on
// one line, then choices `A) text` or `A. text` (the space after is optional), then
// `ANSWER: X`. Each broken question is reported at its line and skipped; the others import.
import type { DraftQuestion, ImportIssue, ParsedFile } from "../draft.js";

const CHOICE = /^([A-Z])[).][ \t]?(.*)$/;
const ANSWER = /^ANSWER:(.*)$/;

interface Open {
  line: number;
  prompt: string;
  choices: { label: string; text: string }[];
}

/** Reads an Aiken file: single-choice questions, and one issue per malformed one. */
export function parseAiken(text: string): ParsedFile {
  const drafts: DraftQuestion[] = [];
  const issues: ImportIssue[] = [];
  let open: Open | null = null;
  // Before the question on `next`, or at the end of the file when there is none.
  const unfinished = (q: Open, next?: number) =>
    issues.push({
      line: q.line,
      message:
        next === undefined
          ? { key: "aiken.no-answer-end", vars: { prompt: short(q.prompt) } }
          : { key: "aiken.no-answer-next", vars: { prompt: short(q.prompt), line: next } },
    });

  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    // Moodle skips lines shorter than two characters.
    if (trimmed.length < 2) return;
    const choice = CHOICE.exec(trimmed);
    const answer = ANSWER.exec(trimmed);
    if (choice) {
      if (!open) {
        issues.push({
          line,
          message: { key: "aiken.orphan-choice", vars: { choice: short(trimmed) } },
        });
        return;
      }
      open.choices.push({ label: choice[1]!, text: choice[2]!.trim() });
    } else if (answer) {
      if (!open) {
        issues.push({
          line,
          message: { key: "aiken.orphan-answer" },
        });
        return;
      }
      const q: Open = open;
      open = null;
      if (q.choices.length < 2) {
        issues.push({
          line: q.line,
          message: {
            key: "aiken.few-choices",
            vars: { prompt: short(q.prompt), n: q.choices.length, line },
          },
        });
        return;
      }
      const letter = answer[1]!.trim().slice(0, 1).toUpperCase();
      const right = q.choices.findIndex((c) => c.label === letter);
      if (right < 0) {
        issues.push({
          line,
          message: {
            key: "aiken.no-such-letter",
            vars: {
              letter: short(answer[1]!.trim()),
              letters: q.choices.map((c) => c.label).join(", "),
            },
          },
        });
        return;
      }
      drafts.push({
        line: q.line,
        data: {
          type: "single",
          prompt: q.prompt,
          choices: q.choices.map((c, n) => ({ text: c.text, correct: n === right })),
        },
      });
    } else {
      if (open) unfinished(open, line);
      open = { line, prompt: trimmed, choices: [] };
    }
  });
  if (open) unfinished(open);
  return { drafts, issues };
}

function short(text: string): string {
  return JSON.stringify(text.length > 50 ? `${text.slice(0, 49)}…` : text);
}
