// What GIFT comments carry: Moodle's `[id:…]` and `[tag:…]`, and newsquiz's own
// `[newsquiz-type:ordering]` and `[newsquiz-unit:…]` for what GIFT has no syntax for.
// Other tools, Moodle included, read these lines as comments and ignore them.

const META = /\[(id|tag|newsquiz-type|newsquiz-unit):((?:\\.|[^\]\\])+)\]/g;

/** The metadata found in a question's comment lines. */
export interface GiftMeta {
  id?: string;
  tags: string[];
  type?: string;
  unit?: string;
}

export function readMeta(comments: readonly string[]): GiftMeta {
  const meta: GiftMeta = { tags: [] };
  for (const comment of comments) {
    for (const match of comment.matchAll(META)) {
      const value = match[2]!.replace(/\\(.)/g, "$1").trim();
      if (value === "") continue;
      if (match[1] === "id") meta.id = value;
      else if (match[1] === "tag") meta.tags.push(value);
      else if (match[1] === "newsquiz-type") meta.type = value;
      else meta.unit = value;
    }
  }
  return meta;
}

/** One `[key:value]` with the characters that would end it escaped. */
export function metaTag(key: string, value: string): string {
  return `[${key}:${value.replace(/[\\\]\n]/g, (c) => (c === "\n" ? " " : `\\${c}`))}]`;
}
