import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseDocument } from "yaml";
import type { CommandContext } from "../context.js";
import { extractPack } from "../core/extract/index.js";
import { normaliseDate } from "../core/extract/meta.js";
import { slug } from "../core/extract/shared/ids.js";
import type { ArticleInput, ArticleMeta } from "../core/extract/types.js";
import { countAwaitingReview } from "../core/facts/review.js";
import { idSchema } from "../core/facts/schema.js";
import { countNoun } from "../core/i18n/plural.js";
import {
  type ExtendSummary,
  extendPackDocument,
  newPackDocument,
  PACK_TO_STRING,
} from "../core/pack/extend.js";
import { formatIssue } from "../core/pack/issue.js";
import { parsePack } from "../core/pack/parse.js";
import { cleanArticle } from "../core/text/clean.js";
import { inertLine } from "../core/text/inert.js";
import { UsageError, UserError } from "../errors.js";
import { type ArticleSource, readArticleSource, toArticleInput } from "../io/articles.js";
import { DEFAULT_FETCH_LIMITS } from "../io/fetch-url.js";
import { displayPath, loadPack, loadPackAt, locatePack, type PackLocation } from "../io/packs.js";
import { userPacksDir } from "../io/paths.js";
import { writeFileAtomic } from "../io/write-atomic.js";

export interface AddOptions {
  pack?: string;
  title?: string;
  published?: string;
  lang?: "fr" | "en";
  timeout?: string;
}

/** Flags shared by `add` and `facts` on articles: dates and languages checked once, here. */
export function articleFlags(options: { published?: string; lang?: "fr" | "en" }): ArticleMeta {
  const flags: ArticleMeta = {};
  if (options.published !== undefined) {
    const date = normaliseDate(options.published);
    if (!date)
      throw new UsageError(
        `--published "${options.published}": expected a date such as 2023-11-21`,
      );
    flags.published = date;
  }
  if (options.lang) flags.lang = options.lang;
  return flags;
}

export function fetchLimits(timeout: string | undefined) {
  if (timeout === undefined) return DEFAULT_FETCH_LIMITS;
  const seconds = Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new UsageError(`--timeout "${timeout}": expected a number of seconds between 0 and 600`);
  }
  return { ...DEFAULT_FETCH_LIMITS, timeoutMs: Math.round(seconds * 1000) };
}

/**
 * `newsquiz add FILE|URL... [--pack ID]`: reads articles, keeps a copy of each under the pack's
 * articles/ folder, and writes their facts into pack.yaml marked `extracted: true`, creating the
 * pack or extending it. Nothing is written until every article was read and the result validated.
 */
export async function runAdd(
  refs: readonly string[],
  options: AddOptions,
  ctx: CommandContext,
): Promise<number> {
  const flags = articleFlags(options);
  const limits = fetchLimits(options.timeout);
  if (options.pack !== undefined && !idSchema.safeParse(options.pack).success) {
    throw new UsageError(
      `--pack "${options.pack}": expected an id of lowercase letters, digits and dashes, such as greve-acme`,
    );
  }
  const sources: ArticleSource[] = [];
  for (const ref of refs) sources.push(await readArticleSource(ref, ctx.cwd, limits));
  const inputs: ArticleInput[] = [];
  for (const source of sources) inputs.push(await toArticleInput(source, flags));

  // A new pack is named after its first article's title: the page's, or the text's first line.
  const title = options.title ?? inputs[0]?.meta.title ?? cleanArticle(inputs[0]?.text ?? "").title;
  const id = options.pack ?? slug(title ?? sources[0]!.name.replace(/\.[^.]+$/, ""), 40);
  const location = existingPack(id, ctx);
  const dir = location ? dirname(location.file) : join(packsRoot(ctx), id);
  const file = join(dir, "pack.yaml");
  const shown = displayPath(file, ctx.cwd);

  // An article already kept in the pack (same bytes) is not read twice.
  const kept = keptHashes(join(dir, "articles"));
  const names = new Set(kept.names);
  const fresh: { source: ArticleSource; input: ArticleInput; name: string }[] = [];
  sources.forEach((source, i) => {
    if (kept.hashes.has(hash(source.raw))) {
      ctx.stderr.write(`newsquiz: ${inertLine(source.ref)}: already in ${shown}, skipped\n`);
      return;
    }
    const name = uniqueName(source.name, names);
    names.add(name);
    fresh.push({
      source,
      input: { ...inputs[i]!, meta: { ...inputs[i]!.meta, file: `articles/${name}` } },
      name,
    });
  });
  if (fresh.length === 0) {
    ctx.stdout.write(`${shown}: nothing new to add\n`);
    return 0;
  }

  let text: string;
  let summary: ExtendSummary;
  if (location) {
    const loaded = loadPackAt(location, ctx.cwd);
    const pack = loaded.packs[0]?.pack;
    if (!pack) {
      throw new UserError(
        `${shown}: fix this pack before adding to it (newsquiz lint ${id})`,
        1,
        loaded.errors.map(formatIssue),
      );
    }
    const original = readFileSync(location.file, "utf8");
    const doc = parseDocument(original);
    const taken = [
      ...pack.sources,
      ...pack.entities,
      ...pack.events,
      ...pack.claims,
      ...pack.quotes,
      ...pack.questions,
    ].map((x) => x.id);
    const extracted = extractPack(
      fresh.map((f) => f.input),
      { id, takenIds: taken },
    );
    summary = extendPackDocument(
      doc,
      pack,
      extracted,
      fresh.map((f) => `articles/${f.name}`),
    );
    text = doc.toString(PACK_TO_STRING);
  } else {
    const extracted = extractPack(
      fresh.map((f) => f.input),
      { id, ...(options.title ? { title: options.title } : {}) },
    );
    const schema = join(dir, "..", "pack.schema.json");
    const header = [
      ...(existsSync(schema) ? [" yaml-language-server: $schema=../pack.schema.json", ""] : []),
      ` Facts read by \`newsquiz add\` from ${countNoun("en", fresh.length, "article", "articles")} kept in articles/.`,
      " Each extracted fact carries the sentence it came from (evidence), how sure the extractor",
      ` is (confidence) and \`extracted: true\`. \`newsquiz triage ${id}\` reviews them one by one`,
      " and records each decision (`review: accepted|rejected|edited`); `unreviewed: skip` keeps",
      " the facts nobody has reviewed out of questions and summaries (`ask` lets them in).",
    ].join("\n");
    // What an extractor read is not taught until a person has looked at it.
    const doc = newPackDocument({ ...extracted, unreviewed: "skip" }, header);
    text = doc.toString(PACK_TO_STRING);
    summary = {
      sources: extracted.sources.length,
      entities: extracted.entities.length,
      events: extracted.events.length,
      claims: extracted.claims.length,
      quotes: extracted.quotes.length,
      confirmed: 0,
    };
  }

  // The result must pass `newsquiz lint` before anything touches the disk.
  const check = parsePack(text, shown, id);
  if (!check.pack) {
    throw new UserError(
      `${shown}: the extended pack would not be valid; nothing was written`,
      1,
      check.errors.map(formatIssue),
    );
  }
  for (const f of fresh) writeFileAtomic(join(dir, "articles", f.name), f.source.raw);
  writeFileAtomic(file, text);

  const verb = location ? "extended" : "created";
  ctx.stdout.write(
    `${shown}: ${verb} with ${countNoun("en", fresh.length, "article", "articles")}: ${countNoun("en", summary.events, "event", "events")}, ${countNoun("en", summary.claims, "figure", "figures")}, ${countNoun("en", summary.quotes, "quote", "quotes")}, ${countNoun("en", summary.entities, "person or organisation", "people and organisations")}${summary.confirmed ? `; ${countNoun("en", summary.confirmed, "fact already there confirmed", "facts already there confirmed")}` : ""}\n`,
  );
  const awaiting = countAwaitingReview(check.pack);
  if (awaiting === 0) return 0;
  if (!(ctx.stdin.isTTY && ctx.stdout.isTTY)) {
    ctx.stdout.write(`${awaiting} facts to review: newsquiz triage ${id}\n`);
    return 0;
  }
  if (!(await askYes(`${awaiting} facts to review — review now? [Y/n] `, ctx))) {
    ctx.stdout.write(`Later: newsquiz triage ${id}\n`);
    return 0;
  }
  const { triagePack } = await import("./triage.js");
  return triagePack(loadPack(file, ctx.cwd, ctx.env), {}, ctx);
}

/** A yes/no question at the terminal; Enter says yes. */
async function askYes(question: string, ctx: CommandContext): Promise<boolean> {
  const rl = createInterface({ input: ctx.stdin, output: ctx.stdout });
  try {
    const answer = (await rl.question(question)).trim().toLowerCase();
    return answer === "" || /^(y|yes|o|oui)$/.test(answer);
  } finally {
    rl.close();
  }
}

/** Where new packs go: ./questions/ when the current folder has one, else the user's packs folder. */
function packsRoot(ctx: CommandContext): string {
  const project = join(ctx.cwd, "questions");
  return existsSync(project) ? project : userPacksDir(ctx.env);
}

/** The pack to extend: one with this id in the project or user folders; a built-in one is refused. */
function existingPack(id: string, ctx: CommandContext): PackLocation | undefined {
  let location: PackLocation;
  try {
    location = locatePack(id, ctx.cwd, ctx.env);
  } catch {
    return undefined;
  }
  if (location.origin === "builtin") {
    throw new UserError(
      `"${id}" is a built-in pack and is not changed; expected another id, such as --pack ${id}-notes`,
    );
  }
  if (location.origin === "path") return undefined;
  return location;
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function keptHashes(folder: string): { hashes: Set<string>; names: string[] } {
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return { hashes: new Set(), names: [] };
  }
  const hashes = new Set<string>();
  for (const name of names) {
    try {
      hashes.add(hash(readFileSync(join(folder, name), "utf8")));
    } catch {
      // An unreadable file is simply not a duplicate.
    }
  }
  return { hashes, names };
}

function uniqueName(name: string, taken: Set<string>): string {
  const clean = name.replace(/[^a-zA-Z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "article.txt";
  const ext = extname(clean);
  const stem = clean.slice(0, clean.length - ext.length);
  let candidate = clean;
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}
