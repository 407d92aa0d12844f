import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runNew } from "../../src/commands/new.js";
import type { CommandContext } from "../../src/context.js";
import { parsePack } from "../../src/core/pack/parse.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { scriptPrompter } from "../helpers/script-prompter.js";

function context(cwd: string): CommandContext & { out: () => string } {
  let out = "";
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      out += String(chunk);
      done();
    },
  });
  return {
    stdout: sink,
    stderr: sink,
    stdin: process.stdin,
    cwd,
    env: { NEWSQUIZ_HOME: join(cwd, "home") },
    out: () => out,
  };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-new-"));
  mkdirSync(join(dir, "questions"));
  return dir;
}

describe("newsquiz new", () => {
  it("writes a pack from the answers, refusing each bad value with its reason until it is corrected", async () => {
    const dir = project();
    const ctx = context(dir);
    // biome-ignore format: one line per item added, as a person would type them
    const { prompter, transcript, left } = scriptPrompter([
      "Grève Acme", "greve-acme", "Grève chez Acme", "fr", "",
      "sources", "La Gazette", "", "2024-02-30", "2024-03-15", "fr", "", "",
      "entities", "Acme", "organisation", "", "f", "",
      "entities", "Léa Martin", "person", "Martin; Mme Martin", "f", "",
      "entities", "Martin", "person", "", "m", "",
      "Pierre Martin", "person", "", "m", "",
      "events", "strike", "Lea Martn", "Léa Martin", "acme", "", "2024-03-14", "la-gazete", "la-gazette", "",
      "questions", "single", "Qui est la déléguée syndicale d'Acme ?", "Léa Martin", "Pierre Martin", "", "", "1 2", "1",
      "Elle est citée par La Gazette.", "la-gazette", "",
      "save",
    ]);
    expect(await runNew({}, ctx, prompter)).toBe(0);
    expect(left()).toEqual([]);
    expect(transcript).toEqual([
      "? Pack id (lowercase words joined by dashes) Grève Acme",
      '  ! "Grève Acme": expected an id of lowercase letters, digits and dashes, such as sam-altman',
      "? Pack id (lowercase words joined by dashes) greve-acme",
      "? Title Grève chez Acme",
      "? Language of the pack French",
      "? Description (optional) ",
      "? Add a source (article, page)",
      "? Outlet (newspaper, site) La Gazette",
      "? Title of the article (optional) ",
      "? Published on (YYYY-MM-DD, optional) 2024-02-30",
      "  ! no such date; expected a date that exists",
      "? Published on (YYYY-MM-DD, optional) 2024-03-15",
      "? Language French",
      "? URL (optional) ",
      "? Id la-gazette",
      "? Add a person or organisation",
      "? Name, as a sentence would say it Acme",
      "? Kind organisation",
      "? Other names, separated by ; (optional) ",
      "? Grammatical gender (for French agreement) feminine",
      "? Id acme",
      "? Add a person or organisation",
      "? Name, as a sentence would say it Léa Martin",
      "? Kind person",
      "? Other names, separated by ; (optional) Martin; Mme Martin",
      "? Grammatical gender (for French agreement) feminine",
      "? Id lea-martin",
      "? Add a person or organisation",
      "? Name, as a sentence would say it Martin",
      "? Kind person",
      "? Other names, separated by ; (optional) ",
      "? Grammatical gender (for French agreement) masculine",
      "? Id martin",
      '✗ name: "Martin" already names entity "lea-martin"; expected each name and alias to belong to one entity',
      "Let's write it again.",
      "? Name, as a sentence would say it Pierre Martin",
      "? Kind person",
      "? Other names, separated by ; (optional) ",
      "? Grammatical gender (for French agreement) masculine",
      "? Id pierre-martin",
      "? Add a dated event",
      "? What happened strike",
      "? Who did it (entity id or name, optional) Lea Martn",
      '  ! "Lea Martn" is not an entity of the pack; did you mean "lea-martin"?',
      "? Who did it (entity id or name, optional) Léa Martin",
      "? To whom or what (entity id or name, optional) acme",
      "? Role or post involved (optional) ",
      "? Date (YYYY-MM-DD, YYYY-MM or YYYY) 2024-03-14",
      "? Sources (ids) la-gazete",
      '  ! "la-gazete" is not a source of the pack; did you mean "la-gazette"?',
      "? Sources (ids) la-gazette",
      "? Id strike-acme",
      "? Add a question",
      "? Type of question single choice (one right answer)",
      "? The question Qui est la déléguée syndicale d'Acme ?",
      "? Choice 1 Léa Martin",
      "? Choice 2 Pierre Martin",
      "? Choice 3 (empty to finish) ",
      "? Number of the right choice ",
      "  ! expected exactly one choice marked correct: true",
      "? Number of the right choice 1 2",
      "  ! expected exactly one choice marked correct: true",
      "? Number of the right choice 1",
      "? Explanation shown after answering (optional) Elle est citée par La Gazette.",
      "? Sources that back it (ids, optional) la-gazette",
      "? Id qui-est-la-deleguee-syndicale-d-acme",
      "? Add nothing more: save",
    ]);
    expect(ctx.out()).toBe(
      "saved questions/greve-acme/pack.yaml (1 sources, 3 entities, 1 events, 1 questions)\n",
    );
    expect(readFileSync(join(dir, "questions", "greve-acme", "pack.yaml"), "utf8")).toBe(
      `# yaml-language-server: $schema=${pathToFileURL(join(ROOT, "questions", "pack.schema.json")).href}
id: greve-acme
title: Grève chez Acme
language: fr
sources:
  - id: la-gazette
    outlet: La Gazette
    published: 2024-03-15
    language: fr
entities:
  - id: acme
    name: Acme
    kind: organisation
    gender: f
  - id: lea-martin
    name: Léa Martin
    kind: person
    aliases: [Martin, Mme Martin]
    gender: f
  - id: pierre-martin
    name: Pierre Martin
    kind: person
    gender: m
events:
  - id: strike-acme
    type: strike
    actor: lea-martin
    target: acme
    date: 2024-03-14
    sources: [la-gazette]
questions:
  - id: qui-est-la-deleguee-syndicale-d-acme
    type: single
    prompt: Qui est la déléguée syndicale d'Acme ?
    choices:
      - text: Léa Martin
        correct: true
      - text: Pierre Martin
    explanation: Elle est citée par La Gazette.
    sources: [la-gazette]
`,
    );
    expect(runCli(["lint", "greve-acme"], { cwd: dir }).code).toBe(0);
  });

  it("adds to an existing pack with --pack, keeping its comments and layout byte for byte", async () => {
    const dir = project();
    mkdirSync(join(dir, "questions", "ma-revue"));
    const file = join(dir, "questions", "ma-revue", "pack.yaml");
    cpSync(join(ROOT, "tests", "fixtures", "interchange", "existing-pack.yaml"), file);
    const before = readFileSync(file, "utf8");
    // biome-ignore format: one line per question added
    const { prompter } = scriptPrompter([
      "questions", "numeric", "Combien de pages ?", "12", "", "pages", "", "gazette", "",
      "questions", "ordering", "Dans l'ordre ?", "un", "deux", "", "", "", "",
      "save",
    ]);
    const ctx = context(dir);
    expect(await runNew({ pack: "ma-revue" }, ctx, prompter)).toBe(0);
    expect(ctx.out()).toBe("saved questions/ma-revue/pack.yaml (2 questions)\n");
    const [head, tail] = before.split("\n# fin du fichier");
    expect(readFileSync(file, "utf8")).toBe(
      `${head}  - id: combien-de-pages
    type: numeric
    prompt: Combien de pages ?
    answers:
      - value: 12
    unit: pages
    sources: [gazette]
  - id: dans-l-ordre
    type: ordering
    prompt: Dans l'ordre ?
    items: [un, deux]

# fin du fichier${tail}`,
    );
    expect(runCli(["lint", "ma-revue"], { cwd: dir }).code).toBe(0);
  });

  it("adds figures, quotes and questions of every other type", async () => {
    const dir = project();
    mkdirSync(join(dir, "questions", "ma-revue"));
    const file = join(dir, "questions", "ma-revue", "pack.yaml");
    cpSync(join(ROOT, "tests", "fixtures", "interchange", "existing-pack.yaml"), file);
    // biome-ignore format: one line per item added
    const { prompter, transcript } = scriptPrompter([
      "entities", "Léa Martin", "person", "", "f", "",
      "claims", "le nombre de grévistes", "trois cents", "300", "more-than", "salariés", "450", "gazette", "",
      "quotes", "Paul", "lea-martin", "Nous tiendrons", "", "gazette", "",
      "questions", "multiple", "Lesquels ?", "a", "b", "c", "", "", "4", "1 3", "", "", "",
      "questions", "truefalse", "Vrai ?", "false", "", "", "",
      "questions", "short", "Son prénom ?", "", "Léa", "", "", "", "",
      "questions", "matching", "Associez", "x", "x -> 1", "y -> 2", "", "", "", "",
      "questions", "essay", "Racontez.", "", "", "",
      "questions", "description", "Lisez d'abord.", "", "",
      "save",
    ]);
    const ctx = context(dir);
    expect(await runNew({ pack: "ma-revue" }, ctx, prompter)).toBe(0);
    expect(ctx.out()).toBe(
      "saved questions/ma-revue/pack.yaml (1 entities, 1 claims, 1 quotes, 6 questions)\n",
    );
    expect(transcript.filter((line) => line.startsWith("  !"))).toEqual([
      '  ! "trois cents" is not a number; expected digits, such as 700 or 3.5',
      '  ! "Paul" is not an entity of the pack; expected one of: lea-martin',
      "  ! expected at least one choice marked correct: true",
      "  ! no choice 4; expected numbers from 1 to 3",
      "  ! expected at least 1",
      '  ! "x" has no ->; expected left -> right',
    ]);
    const { pack } = parsePack(readFileSync(file, "utf8"), file, "ma-revue");
    expect(pack?.claims).toEqual([
      {
        id: "le-nombre-de-grevistes",
        about: "le nombre de grévistes",
        value: 300,
        qualifier: "more-than",
        unit: "salariés",
        total: 450,
        sources: ["gazette"],
      },
    ]);
    expect(pack?.quotes).toEqual([
      {
        id: "lea-martin-nous-tiendrons",
        speaker: "lea-martin",
        text: "Nous tiendrons",
        sources: ["gazette"],
      },
    ]);
    expect(
      pack?.questions.slice(1).map(({ id, sources: _s, facts: _f, tags: _t, ...q }) => [id, q]),
    ).toEqual([
      [
        "lesquels",
        {
          type: "multiple",
          prompt: "Lesquels ?",
          choices: [
            { text: "a", correct: true },
            { text: "b", correct: false },
            { text: "c", correct: true },
          ],
        },
      ],
      ["vrai", { type: "truefalse", prompt: "Vrai ?", answer: false }],
      ["son-prenom", { type: "short", prompt: "Son prénom ?", answers: ["Léa"] }],
      [
        "associez",
        {
          type: "matching",
          prompt: "Associez",
          pairs: [
            { left: "x", right: "1" },
            { left: "y", right: "2" },
          ],
        },
      ],
      ["racontez", { type: "essay", prompt: "Racontez." }],
      ["lisez-d-abord", { type: "description", prompt: "Lisez d'abord." }],
    ]);
  });

  it("refuses to run without a terminal", () => {
    const result = runCli(["new"], { cwd: project() });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: "newsquiz: newsquiz new asks questions; expected a terminal\n",
    });
  });
});
