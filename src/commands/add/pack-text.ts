import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { CommandContext } from "../../context.js";
import { extractPack } from "../../core/extract/index.js";
import type { ArticleInput } from "../../core/extract/types.js";
import type { Pack } from "../../core/facts/model.js";
import { countNoun } from "../../core/i18n/plural.js";
import { type ExtendSummary, extendPackDocument, PACK_TO_STRING } from "../../core/pack/extend.js";
import { extractedPackText } from "../../core/pack/extracted-text.js";
import { issueSaid } from "../../core/pack/issue.js";
import { parsePack } from "../../core/pack/parse.js";
import { UserError } from "../../errors.js";
import { loadPackAt, type PackLocation } from "../../io/packs.js";
import type { FreshArticle } from "./articles.js";

/** Where the articles go: the pack's id, its folder and file, and the pack it extends if any. */
export interface AddTarget {
  id: string;
  dir: string;
  file: string;
  /** The file as the reader would type it. */
  shown: string;
  /** The pack extended; undefined for a new one. */
  location?: PackLocation;
}

/** The pack file once the articles' facts are in it, and what they added. */
export interface PackUpdate {
  text: string;
  summary: ExtendSummary;
}

/**
 * The pack extended with the articles' facts: what it had is kept, comments and layout
 * included; facts it already states get the articles as sources. A pack that does not lint is
 * not extended.
 */
export function extendedPack(
  target: AddTarget & { location: PackLocation },
  fresh: readonly FreshArticle[],
  ctx: CommandContext,
): PackUpdate {
  const loaded = loadPackAt(target.location, ctx.cwd);
  const pack = loaded.packs[0]?.pack;
  if (!pack) {
    throw new UserError(
      "error.add.fix-first",
      { file: target.shown, id: target.id },
      loaded.errors.map(issueSaid),
    );
  }
  const doc = parseDocument(readFileSync(target.location.file, "utf8"));
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
    { id: target.id, takenIds: taken },
  );
  const summary = extendPackDocument(
    doc,
    pack,
    extracted,
    fresh.map((f) => `articles/${f.name}`),
  );
  return { text: doc.toString(PACK_TO_STRING), summary };
}

/**
 * A new pack of the articles' facts, which says in its head how they were read and how to
 * review them. Its facts are not taught until a person has looked at them (`unreviewed: skip`).
 */
export function newPack(
  target: AddTarget,
  inputs: readonly ArticleInput[],
  title: string | undefined,
): PackUpdate {
  const { id } = target;
  const extracted = extractPack(inputs, { id, ...(title ? { title } : {}) });
  const schema = join(target.dir, "..", "pack.schema.json");
  const header = [
    ...(existsSync(schema) ? [" yaml-language-server: $schema=../pack.schema.json", ""] : []),
    ` Facts read by \`newsquiz add\` from ${countNoun("en", inputs.length, "article", "articles")} kept in articles/.`,
    " Each extracted fact carries the sentence it came from (evidence), how sure the extractor",
    ` is (confidence) and \`extracted: true\`. \`newsquiz triage ${id}\` reviews them one by one`,
    " and records each decision (`review: accepted|rejected|edited`); `unreviewed: skip` keeps",
    " the facts nobody has reviewed out of questions and summaries (`ask` lets them in).",
  ].join("\n");
  return {
    text: extractedPackText({ ...extracted, unreviewed: "skip" }, header),
    summary: {
      sources: extracted.sources.length,
      entities: extracted.entities.length,
      events: extracted.events.length,
      claims: extracted.claims.length,
      quotes: extracted.quotes.length,
      confirmed: 0,
    },
  };
}

/** The pack as it would be written: it must pass `newsquiz lint` before anything touches the disk. */
export function checkedPack(text: string, target: AddTarget): Pack {
  const check = parsePack(text, target.shown, target.id);
  if (!check.pack) {
    throw new UserError("error.add.invalid", { file: target.shown }, check.errors.map(issueSaid));
  }
  return check.pack;
}
