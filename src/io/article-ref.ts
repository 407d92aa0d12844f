import { existsSync, statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";

// Kept apart from articles.ts, which loads the extractor: `facts PACK` decides with this alone.

export function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

/** An article to read rather than a pack: a URL, or a file that is not a pack's YAML. */
export function isArticleRef(ref: string, cwd: string): boolean {
  if (isUrl(ref)) return true;
  const path = resolve(cwd, ref);
  if (!existsSync(path) || statSync(path).isDirectory()) return false;
  return basename(path) !== "pack.yaml" && ![".yaml", ".yml"].includes(extname(path).toLowerCase());
}
