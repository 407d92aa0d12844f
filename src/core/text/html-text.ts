import { Parser } from "htmlparser2";

// Questions written in HTML (Moodle's usual format) shown where HTML means nothing: a terminal,
// an Aiken file. htmlparser2 tokenises and decodes entities the way browsers do; this walk only
// decides where lines break and how list items read. (Readability, used for articles, wants a
// whole page and drops what it takes for boilerplate: not what a question's few tags need.)

const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);
const SKIPPED = new Set(["script", "style", "head", "title"]);

/**
 * The text an HTML fragment shows: entities decoded, `<br>` a line break, paragraphs and other
 * blocks on lines of their own, list items as `- item` (`1. item` in an ordered list), table
 * cells separated by ` | `, images by their alt text; spaces collapsed as a browser does, except
 * inside `<pre>`.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = "";
  let pre = 0;
  let skipped = 0;
  const lists: { ordered: boolean; n: number }[] = [];
  const breakLine = () => {
    lines.push(current.replace(/[ \t]+$/, ""));
    current = "";
  };
  const block = () => {
    if (current.trim() !== "") breakLine();
    else current = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIPPED.has(name)) skipped++;
        if (name === "br") return breakLine();
        if (name === "pre") pre++;
        if (name === "img" && attribs.alt) current += attribs.alt;
        if ((name === "td" || name === "th") && current.trim() !== "") current += " | ";
        if (name === "ol" || name === "ul") lists.push({ ordered: name === "ol", n: 0 });
        if (!BLOCKS.has(name)) return;
        block();
        if (name === "li") {
          const list = lists[lists.length - 1];
          const depth = "  ".repeat(Math.max(0, lists.length - 1));
          current = list?.ordered ? `${depth}${++list.n}. ` : `${depth}- `;
        }
      },
      ontext(text) {
        if (skipped > 0) return;
        if (pre > 0) {
          const [first, ...rest] = text.split("\n");
          current += first;
          for (const line of rest) {
            breakLine();
            current = line;
          }
          return;
        }
        const collapsed = text.replace(/\s+/g, " ");
        current += current === "" || current.endsWith(" ") ? collapsed.trimStart() : collapsed;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipped--;
        if (name === "pre") pre--;
        if (name === "ol" || name === "ul") lists.pop();
        if (BLOCKS.has(name)) block();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (current.trim() !== "") breakLine();
  return lines
    .join("\n")
    .replace(/\u00a0/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
