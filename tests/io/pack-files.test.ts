import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/core/pack/issue.js";
import { loadPacks } from "../../src/io/packs.js";
import { tempHome } from "../helpers/run-cli.js";

/** A pack folder whose articles/ holds a real file and a link out of the folder. */
function packWithLinks(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-links-"));
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "articles", "page.html"), "<p>ok</p>");
  symlinkSync("/etc/passwd", join(dir, "articles", "evil.html"));
  symlinkSync("page.html", join(dir, "articles", "alias.html"));
  writeFileSync(
    join(dir, "pack.yaml"),
    [
      "title: Links",
      "language: en",
      "articles: [articles/page.html, articles/alias.html, articles/evil.html, articles/gone.html]",
      "sources:",
      "  - { id: s1, outlet: The Paper, language: en, file: articles/evil.html }",
      "",
    ].join("\n"),
  );
  return dir;
}

describe("article paths of a pack", () => {
  it("refuses links that lead out of the pack folder, with their position", () => {
    const dir = packWithLinks();
    const { packs, errors } = loadPacks([dir], dir, { NEWSQUIZ_HOME: tempHome() });
    expect(packs).toEqual([]);
    expect(errors.map(formatIssue)).toEqual([
      'pack.yaml:3:53: articles[2]: "articles/evil.html" is a link to a file outside the pack folder; expected a file inside it',
      'pack.yaml:5:54: sources[0].file: "articles/evil.html" is a link to a file outside the pack folder; expected a file inside it',
    ]);
  });
});
