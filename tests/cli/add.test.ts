import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRING, GREVE, GREVE_HTML } from "../helpers/articles.js";
import { runCommand } from "../helpers/run-command.js";

function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-add-"));
  mkdirSync(join(dir, "questions"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("newsquiz add on files", () => {
  it("creates a pack in ./questions with a copy of each article, that lint accepts", async () => {
    const cwd = project({ "greve.txt": GREVE, "greve.html": GREVE_HTML });
    const result = await runCommand(["add", "greve.txt", "--pack", "greve-acme"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(
      /^questions\/greve-acme\/pack\.yaml: created with 1 article: \d+ events?, /,
    );
    expect(readFileSync(join(cwd, "questions/greve-acme/articles/greve.txt"), "utf8")).toBe(GREVE);
    const pack = readFileSync(join(cwd, "questions/greve-acme/pack.yaml"), "utf8");
    expect(pack).toContain("extracted: true");
    expect(pack).toContain(
      "evidence: Vendredi, la société Acme a limogé Paul Roux, son directeur financier.",
    );
    expect((await runCommand(["lint", "greve-acme"], { cwd })).code).toBe(0);
  });

  it("extends a pack, keeping its comments and what a person wrote, and skips an article it has", async () => {
    const cwd = project({ "greve.txt": GREVE, "firing.md": FIRING });
    expect((await runCommand(["add", "greve.txt", "--pack", "acme"], { cwd })).code).toBe(0);
    const file = join(cwd, "questions/acme/pack.yaml");
    const edited = readFileSync(file, "utf8").replace(
      "title:",
      "# Relu par Léa le 16 mars.\ntitle:",
    );
    writeFileSync(file, edited);
    const result = await runCommand(["add", "firing.md", "greve.txt", "--pack", "acme"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "newsquiz: greve.txt: already in questions/acme/pack.yaml, skipped\n",
    );
    expect(result.stdout).toMatch(
      /^questions\/acme\/pack\.yaml: extended with 1 article: 1 event, 0 figures, 1 quote, 2 people and organisations/,
    );
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# Relu par Léa le 16 mars.");
    expect(text.startsWith(edited.slice(0, edited.indexOf("sources:")))).toBe(true);
    // Paul Roux of the English article is the pack's Paul Roux: one entity, two dismissals.
    expect(text.match(/name: Paul Roux/g)).toHaveLength(1);
    expect((await runCommand(["lint", "acme"], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, "questions/acme/articles/firing.md"))).toBe(true);
  });

  it("writes into the user's packs folder when there is no ./questions", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsquiz-add-"));
    const home = mkdtempSync(join(tmpdir(), "newsquiz-home-"));
    writeFileSync(join(cwd, "greve.txt"), GREVE);
    const result = await runCommand(["add", "greve.txt"], { cwd, env: { NEWSQUIZ_HOME: home } });
    expect(result.code).toBe(0);
    expect(existsSync(join(home, "packs/greve-chez-acme-la-direction-cede/pack.yaml"))).toBe(true);
  });

  it("refuses a built-in pack, a bad id and a broken pack, without writing anything", async () => {
    const cwd = project({ "greve.txt": GREVE });
    expect(
      await runCommand(["add", "greve.txt", "--pack", "openai-2023-11"], { cwd }),
    ).toMatchObject({
      code: 1,
    });
    expect((await runCommand(["add", "greve.txt", "--pack", "Pas Bon"], { cwd })).code).toBe(2);
    mkdirSync(join(cwd, "questions/broken"));
    writeFileSync(join(cwd, "questions/broken/pack.yaml"), "title: [\n");
    const broken = await runCommand(["add", "greve.txt", "--pack", "broken"], { cwd });
    expect(broken.code).toBe(1);
    expect(broken.stderr.split("\n")[0]).toBe(
      "newsquiz: questions/broken/pack.yaml: fix this pack before adding to it (newsquiz lint broken)",
    );
    expect(readFileSync(join(cwd, "questions/broken/pack.yaml"), "utf8")).toBe("title: [\n");
    expect(existsSync(join(cwd, "questions/broken/articles"))).toBe(false);
    expect((await runCommand(["add", "nothing.txt", "--pack", "x"], { cwd })).code).toBe(1);
  });
});

describe("newsquiz add on URLs (a local server)", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? "/";
      if (url === "/greve.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(GREVE_HTML);
      } else if (url === "/moved") {
        res.writeHead(301, { location: "/greve.html" });
        res.end();
      } else if (url.startsWith("/loop")) {
        res.writeHead(302, { location: `/loop${url.length}` });
        res.end();
      } else if (url === "/report.pdf") {
        res.writeHead(200, { "content-type": "application/pdf" });
        res.end("%PDF-1.4");
      } else if (url === "/huge.html") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(`<p>${"x".repeat(6_000_000)}</p>`);
      } else if (url === "/slow.html") {
        setTimeout(() => {
          res.writeHead(200, { "content-type": "text/html" });
          res.end(GREVE_HTML);
        }, 3_000);
      } else {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("downloads a page, follows a redirect, keeps the page and its URL", async () => {
    const cwd = project();
    const result = await runCommand(["add", `${base}/moved`, "--pack", "gazette"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(join(cwd, "questions/gazette/articles/127.0.0.1-greve.html"), "utf8")).toBe(
      GREVE_HTML,
    );
    const pack = readFileSync(join(cwd, "questions/gazette/pack.yaml"), "utf8");
    expect(pack).toContain(`url: ${base}/greve.html`);
    expect(pack).toContain("outlet: La Gazette");
  });

  it("refuses what is not an article page, too big, too slow, or redirected in a loop", async () => {
    const cwd = project();
    const cases: [string[], string][] = [
      [
        [`${base}/report.pdf`],
        `newsquiz: ${base}/report.pdf: content type "application/pdf"; expected an HTML or text page\n`,
      ],
      [
        [`${base}/huge.html`],
        `newsquiz: ${base}/huge.html: more than 5000000 bytes; expected at most 5000000\n`,
      ],
      [
        [`${base}/slow.html`, "--timeout", "0.5"],
        `newsquiz: ${base}/slow.html: no answer within 0.5 s\n`,
      ],
      [
        [`${base}/loop`],
        `newsquiz: ${base}/loop: more than 5 redirects; expected the page within 5\n`,
      ],
      [
        [`${base}/missing`],
        `newsquiz: ${base}/missing: the server answered 404 Not Found; expected the page\n`,
      ],
      [
        ["ftp://127.0.0.1/a.html"],
        "newsquiz: ftp://127.0.0.1/a.html: ftp: URLs are not read; expected http or https\n",
      ],
    ];
    for (const [args, stderr] of cases) {
      const result = await runCommand(["add", ...args, "--pack", "x"], { cwd });
      expect(result).toEqual({ code: 1, stdout: "", stderr });
    }
    expect(existsSync(join(cwd, "questions/x"))).toBe(false);
  });
});
