import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { CommandContext } from "../../context.js";
import type { ArticleInput } from "../../core/extract/types.js";
import { msg } from "../../core/i18n/msg.js";
import { inertLine } from "../../core/text/inert.js";
import type { ArticleSource } from "../../io/articles.js";

/** An article read, as it will be kept under the pack's articles/ folder. */
export interface FreshArticle {
  source: ArticleSource;
  input: ArticleInput;
  /** Its file name under articles/. */
  name: string;
}

/**
 * The articles the pack does not hold yet, each with a file name of its own under `folder`; one
 * it already keeps (same bytes) is skipped, and said on stderr (`shown`: the pack's path).
 */
export function freshArticles(
  sources: readonly ArticleSource[],
  inputs: readonly ArticleInput[],
  folder: string,
  shown: string,
  ctx: CommandContext,
): FreshArticle[] {
  const kept = keptHashes(folder);
  const names = new Set(kept.names);
  const fresh: FreshArticle[] = [];
  sources.forEach((source, i) => {
    if (kept.hashes.has(hash(source.raw))) {
      const ref = inertLine(source.ref);
      ctx.stderr.write(
        `newsquiz: ${msg(ctx.lang ?? "en", "report.already-in", { ref, file: shown })}\n`,
      );
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
  return fresh;
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
