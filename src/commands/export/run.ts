import { resolve } from "node:path";
import type { CommandContext } from "../../context.js";
import { generateQuestions } from "../../core/generate/index.js";
import type { Language } from "../../core/i18n/language.js";
import { msg, said } from "../../core/i18n/msg.js";
import type { ExportResult } from "../../core/interchange/draft.js";
import {
  type ExportFormat,
  exportFormats,
  formatOf,
  formatOfOutput,
} from "../../core/interchange/formats.js";
import { writtenQuestions } from "../../core/question/written.js";
import { inert, inertLine } from "../../core/text/inert.js";
import { UsageError } from "../../errors.js";
import { displayPath, loadPack } from "../../io/packs.js";
import { writeFileAtomic } from "../../io/write-atomic.js";

export interface ExportOptions {
  format?: ExportFormat;
  output?: string;
  generated?: boolean;
  seed?: number;
}

/**
 * `newsquiz export PACK --format gift|aiken|anki|json`: the pack's questions in another tool's
 * format, on stdout or into `--output FILE`. What a format cannot hold is said on stderr.
 */
export async function runExport(
  ref: string,
  options: ExportOptions,
  ctx: CommandContext,
): Promise<number> {
  const format = options.format ?? (options.output ? formatOfOutput(options.output) : undefined);
  if (!format) {
    throw new UsageError("error.export.format", {
      formats: exportFormats.slice(0, -1).join(", "),
      last: exportFormats.at(-1)!,
    });
  }
  const { pack } = loadPack(ref, ctx.cwd, ctx.env);
  const questions = options.generated
    ? generateQuestions(pack, { seed: options.seed ?? 1 })
    : writtenQuestions(pack);
  const result: ExportResult = formatOf(format).write!(questions, pack);
  const lang = ctx.lang ?? "en";
  for (const [message, ids] of groupNotes(result.notes, lang)) {
    ctx.stderr.write(`newsquiz: ${inertLine(whom(ids, lang))}: ${inertLine(message)}\n`);
  }
  if (options.output) {
    const path = resolve(ctx.cwd, options.output);
    writeFileAtomic(path, result.text);
    const all = msg(lang, "n.questions", { n: questions.length });
    const file = displayPath(path, ctx.cwd);
    ctx.stderr.write(
      `${msg(lang, "report.exported", { n: result.count, questions: all, file })}\n`,
    );
  } else {
    // A pack's text may hold escape sequences: harmless in a file, not on a terminal.
    ctx.stdout.write(ctx.stdout.isTTY ? inert(result.text) : result.text);
  }
  return 0;
}

/** One line per thing a format could not keep, said in the language, naming its questions. */
function groupNotes(notes: ExportResult["notes"], lang: Language): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const note of notes) {
    const message = said(lang, note.message);
    const ids = groups.get(message) ?? [];
    // A cloze question's blank may say again what the question said: one line names it once.
    if (!ids.includes(note.question)) groups.set(message, [...ids, note.question]);
  }
  return groups;
}

/** The question a note concerns, or how many and the first three. */
function whom(ids: readonly string[], lang: Language): string {
  if (ids.length === 1) return ids[0]!;
  const first = `${ids.slice(0, 3).join(", ")}${ids.length > 3 ? ", …" : ""}`;
  return msg(lang, "export.questions", {
    questions: msg(lang, "n.questions", { n: ids.length }),
    ids: first,
  });
}
