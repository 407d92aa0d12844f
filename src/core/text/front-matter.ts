import { parse } from "yaml";

/** A Markdown or text file split into its YAML front matter (when it has one) and its body. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads `---` front matter (title, date, author, outlet, lang, url) from the top of a file. A
 * block that is not valid YAML, or not a mapping, is treated as text: never throws.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const open = FENCE.exec(text);
  if (!open) return { data: {}, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { data: {}, body: text };
  try {
    const data: unknown = parse(rest.slice(0, close.index), { maxAliasCount: 10 });
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { data: {}, body: text };
    }
    return {
      data: data as Record<string, unknown>,
      body: rest.slice(close.index + close[0].length),
    };
  } catch {
    return { data: {}, body: text };
  }
}
