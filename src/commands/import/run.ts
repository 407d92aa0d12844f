import { readdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { CommandContext } from "../../context.js";
import type { Language } from "../../core/facts/model.js";
import { msg, said } from "../../core/i18n/msg.js";
import type { ImportIssue, ImportResult } from "../../core/interchange/draft.js";
import { finishImport, type ImportTarget } from "../../core/interchange/finish.js";
import {
  describeContent,
  detectFormat,
  formatName,
  type ImportFormat,
  importFormats,
  parseQuestionsFile,
} from "../../core/interchange/formats.js";
import { guessLanguage } from "../../core/interchange/guess-language.js";
import { importTarget } from "../../core/interchange/target.js";
import { appendToList } from "../../core/pack/append.js";
import { newPackText, questionItem } from "../../core/pack/new-pack.js";
import { MAX_PACK_BYTES } from "../../core/pack/parse.js";
import { inertLine } from "../../core/text/inert.js";
import { slug, uniqueId } from "../../core/text/slug.js";
import { UsageError, UserError } from "../../errors.js";
import { newPacksDir, schemaRefFor } from "../../io/new-pack-place.js";
import { ownPack, writeValidPack } from "../../io/own-pack.js";
import { discoverPacks, displayPath, locatePack } from "../../io/packs.js";
import { readTextFile } from "../../io/read-text.js";

export interface ImportOptions {
  pack?: string;
  format?: ImportFormat;
  strict?: boolean;
}

/**
 * `newsquiz import FILE`: reads GIFT, Moodle XML, Aiken, Anki or newsquiz JSON questions into a pack, a new one
 * named after the file unless `--pack` names one. Malformed questions are reported and skipped;
 * with `--strict`, nothing is written when any is malformed. Returns 1 when anything was skipped.
 */
export async function runImport(
  file: string,
  options: ImportOptions,
  ctx: CommandContext,
): Promise<number> {
  const path = resolve(ctx.cwd, file);
  const shown = displayPath(path, ctx.cwd);
  const text = readTextFile(path, shown, MAX_PACK_BYTES);
  const format = options.format ?? detectFormat(file, text);
  if (!format) {
    throw new UserError("error.import.unknown-format", {
      file: shown,
      content: { key: describeContent(text) },
      formats: importFormats.map((f) => formatName(f, ctx.lang ?? "en")).join(", "),
      flags: importFormats.join("|"),
    });
  }
  if (options.pack !== undefined) checkPackId(options.pack, ctx);
  const parsed = parseQuestionsFile(format, text);
  const into = options.pack ? existingPack(options.pack, ctx) : undefined;
  const result = finishImport(parsed, into?.target ?? { ids: [] });
  reportIssues(shown, result.issues, ctx);

  if (options.strict && result.issues.length > 0) {
    const n = result.issues.length;
    ctx.stderr.write(`newsquiz: ${msg(ctx.lang ?? "en", "error.import.strict", { n })}\n`);
    return 1;
  }
  if (result.questions.length === 0) {
    throw new UserError("error.import.nothing", {
      file: shown,
      format: formatName(format, ctx.lang ?? "en"),
    });
  }
  const written = into
    ? writeInto(into.file, into.text, result)
    : writeNew(options.pack ?? baseName(file), result, ctx, options.pack !== undefined);
  const lang = ctx.lang ?? "en";
  const n = result.issues.length;
  const skipped = n > 0 ? msg(lang, "report.import-skipped", { n }) : "";
  const shownFile = displayPath(written, ctx.cwd);
  ctx.stdout.write(
    `${msg(lang, "report.imported", { n: result.questions.length, file: shownFile, skipped })}\n`,
  );
  return result.issues.length > 0 ? 1 : 0;
}

/** `file:line: why`, in the interface's language, one line per question left out. */
function reportIssues(shown: string, issues: readonly ImportIssue[], ctx: CommandContext): void {
  const lang = ctx.lang ?? "en";
  for (const issue of issues)
    ctx.stderr.write(`${shown}:${issue.line}: ${inertLine(said(lang, issue.message))}\n`);
}

interface ExistingPack {
  file: string;
  text: string;
  target: ImportTarget;
}

const PACK_ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * `--pack` names a pack that exists (by id or path), or the id of a new one: anything else is
 * refused before the file is read, with the id it could be.
 */
function checkPackId(ref: string, ctx: CommandContext): void {
  if (PACK_ID.test(ref)) return;
  try {
    locatePack(ref, ctx.cwd, ctx.env);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const like = slug(ref, Number.POSITIVE_INFINITY);
    throw like
      ? new UsageError("error.import.pack-id-like", { ref: JSON.stringify(ref), slug: like })
      : new UsageError("error.import.pack-id", { ref: JSON.stringify(ref) });
  }
}

/** The pack `--pack` names, when it exists; a new pack of that id is made otherwise. */
function existingPack(ref: string, ctx: CommandContext): ExistingPack | undefined {
  try {
    locatePack(ref, ctx.cwd, ctx.env);
  } catch (error) {
    if (error instanceof UserError && PACK_ID.test(ref)) return undefined;
    throw error;
  }
  const own = ownPack(ref, ctx.cwd, ctx.env, () => new UserError("error.import.builtin", { ref }));
  return { file: own.file, text: own.text, target: importTarget(own.pack) };
}

function writeInto(file: string, text: string, result: ImportResult): string {
  const next = appendToList(text, "questions", result.questions.map(questionItem));
  writeValidPack(file, next, file, "check");
  return file;
}

function writeNew(name: string, result: ImportResult, ctx: CommandContext, exact: boolean): string {
  const dir = newPacksDir(ctx.cwd, ctx.env);
  // Never write over a pack that exists: the new one takes the next free name. An id given with
  // --pack is kept whole, so that `export` finds the pack by the same id.
  const taken = new Set(discoverPacks(ctx.cwd, ctx.env).map((p) => p.id));
  const id = exact
    ? name
    : uniqueId(slug(name) || "imported", new Set([...taken, ...existingFolders(dir)]));
  const file = resolve(dir, id, "pack.yaml");
  const language: Language = guessLanguage(result.questions);
  const head = newPackText({ id, title: titleOf(name), language }, schemaRefFor(file));
  const text = appendToList(head, "questions", result.questions.map(questionItem));
  writeValidPack(file, text, file, "check");
  return file;
}

function baseName(file: string): string {
  return basename(file).replace(/(\.(gift|aiken|json|xml|txt))+$/i, "");
}

function titleOf(name: string): string {
  const words = name.replace(/[-_.]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1) || "Imported questions";
}

function existingFolders(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
