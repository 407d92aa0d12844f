// Markdown articles become plain paragraphs: the extractor reads prose, not markup. A full
// Markdown parser would be a dependency for what a few line rules do: headings, emphasis, links,
// images, code fences and HTML comments.

const IMAGE = /!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g;
const LINK = /\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g;
const REFERENCE_LINK = /\[([^\]\n]{0,300})\]\[[^\]\n]{0,100}\]/g;
const EMPHASIS = /(\*\*|__|\*|_)(?=\S)([^*_\n]{1,500}?)\1/g;
const CODE = /`([^`\n]{0,300})`/g;
const HEADING = /^#{1,6}\s+/;
const QUOTE = /^>\s?/;
const LIST = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const DEFINITION = /^\s*\[[^\]]{1,100}\]:\s+\S+/;

/** Plain text of a Markdown document: one paragraph per block, headings on their own line. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  let inComment = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    let line = raw;
    if (inComment) {
      const end = line.indexOf("-->");
      if (end < 0) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    line = line.replace(/<!--[\s\S]*?-->/g, "");
    const open = line.indexOf("<!--");
    if (open >= 0) {
      line = line.slice(0, open);
      inComment = true;
    }
    if (DEFINITION.test(line)) continue;
    const heading = HEADING.test(line);
    line = line
      .replace(HEADING, "")
      .replace(QUOTE, "")
      .replace(LIST, "– ")
      .replace(IMAGE, "")
      .replace(LINK, "$1")
      .replace(REFERENCE_LINK, "$1")
      .replace(CODE, "$1")
      .replace(EMPHASIS, "$2")
      .replace(/\s+$/, "");
    if (heading) out.push("", line.trim(), "");
    else out.push(line);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
