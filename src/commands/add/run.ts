import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import type { CommandContext } from "../../context.js";
import { nameSlug } from "../../core/extract/shared/ids.js";
import type { ArticleInput, ArticleMeta } from "../../core/extract/types.js";
import type { Pack } from "../../core/facts/model.js";
import { countAwaitingReview } from "../../core/facts/review.js";
import { idSchema } from "../../core/facts/schema.js";
import type { Language } from "../../core/i18n/language.js";
import { msg } from "../../core/i18n/msg.js";
import type { ExtendSummary } from "../../core/pack/extend.js";
import { cleanArticle } from "../../core/text/clean.js";
import { UsageError, UserError } from "../../errors.js";
import { type ArticleSource, readArticleSource, toArticleInput } from "../../io/articles.js";
import type { FetchLimits } from "../../io/fetch-url.js";
import { displayPath, loadPack, locatePack, type PackLocation } from "../../io/packs.js";
import { userPacksDir } from "../../io/paths.js";
import { writeFileAtomic } from "../../io/write-atomic.js";
import { articleFlags, fetchLimits } from "../../run/article-flags.js";
import { type FreshArticle, freshArticles } from "./articles.js";
import { type AddTarget, checkedPack, extendedPack, newPack } from "./pack-text.js";

export interface AddOptions {
  pack?: string;
  title?: string;
  published?: string;
  lang?: Language;
  timeout?: string;
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
  checkPackId(options.pack);
  const { sources, inputs } = await readArticles(refs, flags, limits, ctx);
  const target = addTarget(options, sources, inputs, ctx);
  const fresh = freshArticles(sources, inputs, join(target.dir, "articles"), target.shown, ctx);
  if (fresh.length === 0) {
    ctx.stdout.write(`${msg(ctx.lang ?? "en", "report.nothing-new", { file: target.shown })}\n`);
    return 0;
  }
  const { location } = target;
  const { text, summary } = location
    ? extendedPack({ ...target, location }, fresh, ctx)
    : newPack(
        target,
        fresh.map((f) => f.input),
        options.title,
      );
  const pack = checkedPack(text, target);
  for (const f of fresh) writeFileAtomic(join(target.dir, "articles", f.name), f.source.raw);
  writeFileAtomic(target.file, text);
  ctx.stdout.write(addedLine(target, fresh, summary, ctx.lang ?? "en"));
  return offerTriage(pack, target, ctx);
}

/** `--pack`: an id a pack can have, before anything is read. */
function checkPackId(id: string | undefined): void {
  if (id !== undefined && !idSchema.safeParse(id).success) {
    throw new UsageError("error.add.pack-id", { id });
  }
}

/** Every article read (downloaded, decoded, cleaned) before anything is written. */
async function readArticles(
  refs: readonly string[],
  flags: ArticleMeta,
  limits: FetchLimits,
  ctx: CommandContext,
): Promise<{ sources: ArticleSource[]; inputs: ArticleInput[] }> {
  const sources: ArticleSource[] = [];
  for (const ref of refs) sources.push(await readArticleSource(ref, ctx.cwd, limits));
  const inputs: ArticleInput[] = [];
  for (const source of sources) inputs.push(await toArticleInput(source, flags));
  return { sources, inputs };
}

/** The pack the articles go into: `--pack`, else one named after the first article's title. */
function addTarget(
  options: AddOptions,
  sources: readonly ArticleSource[],
  inputs: readonly ArticleInput[],
  ctx: CommandContext,
): AddTarget {
  // A new pack is named after its first article's title: the page's, or the text's first line.
  const title = options.title ?? inputs[0]?.meta.title ?? cleanArticle(inputs[0]?.text ?? "").title;
  const id = options.pack ?? nameSlug(title ?? sources[0]!.name.replace(/\.[^.]+$/, ""), 40);
  const location = existingPack(id, ctx);
  const dir = location ? dirname(location.file) : join(packsRoot(ctx), id);
  const file = join(dir, "pack.yaml");
  return { id, dir, file, shown: displayPath(file, ctx.cwd), location };
}

/** "questions/greve-acme/pack.yaml: created with 2 articles: 3 events, …" */
function addedLine(
  target: AddTarget,
  fresh: readonly FreshArticle[],
  summary: ExtendSummary,
  lang: Language,
): string {
  const facts = [
    msg(lang, "n.events", { n: summary.events }),
    msg(lang, "n.claims", { n: summary.claims }),
    msg(lang, "n.quotes", { n: summary.quotes }),
    msg(lang, "n.people-orgs", { n: summary.entities }),
  ].join(", ");
  const confirmed = summary.confirmed
    ? msg(lang, "report.confirmed", { n: summary.confirmed })
    : "";
  return `${msg(lang, target.location ? "report.extended" : "report.created", {
    file: target.shown,
    articles: msg(lang, "n.articles", { n: fresh.length }),
    facts,
    confirmed,
  })}\n`;
}

/**
 * The facts awaiting review: at a terminal, the review offered at once; without one, the
 * command that opens it.
 */
async function offerTriage(pack: Pack, target: AddTarget, ctx: CommandContext): Promise<number> {
  const awaiting = countAwaitingReview(pack);
  if (awaiting === 0) return 0;
  const lang = ctx.lang ?? "en";
  if (!(ctx.stdin.isTTY && ctx.stdout.isTTY)) {
    ctx.stdout.write(`${msg(lang, "report.to-review", { n: awaiting, id: target.id })}\n`);
    return 0;
  }
  if (!(await askYes(msg(lang, "report.review-now", { n: awaiting }), ctx))) {
    ctx.stdout.write(`${msg(lang, "report.later", { id: target.id })}\n`);
    return 0;
  }
  const { triagePack } = await import("../triage/run.js");
  return triagePack(loadPack(target.file, ctx.cwd, ctx.env), {}, ctx);
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
    throw new UserError("error.add.builtin", { id });
  }
  if (location.origin === "path") return undefined;
  return location;
}
