import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runNew } from "../../src/commands/new/run.js";
import { parsePack } from "../../src/core/pack/parse.js";
import { newContext, newProject } from "../helpers/new-session.js";
import { ROOT } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";
import { scriptPrompter } from "../helpers/script-prompter.js";

const context = (cwd: string) => newContext(cwd);
const project = newProject;

describe("newsquiz new", () => {
  it("writes a pack from the answers, with pickers, dates in words, a way back, and a last look before saving", async () => {
    const dir = project();
    const ctx = context(dir);
    // biome-ignore format: one line per item added, as a person would type them
    const { prompter, transcript, left } = scriptPrompter([
      "Grève Acme", "greve-acme", "Grève chez Acme", "<", "Grève chez Acme", "fr", "",
      "sources", "La Gazette", "", "30 février 2024", "15 mars 2024", "fr", "", "",
      "entities", "Acme", "organisation", "", "f", "", "",
      "entities", "Léa Martin", "person", "Martin; Mme Martin", "f", "déléguée syndicale chez Acme", "la-gazette", "",
      "entities", "les salariés d'Acme", "group", "yes", "", "m", "", "",
      "events", "strike", "les-salaries-d-acme", "acme", "", "14 mars", "<", "", "14 mars 2024", "la-gazette", "",
      "claims", "le nombre de grévistes", "300", "more-than", "450", "450 salariés", "salariés", "450", "la-gazette", "",
      "questions", "single", "Qui est la déléguée syndicale d'Acme ?", "Léa Martin", "Pierre Martin", "", "1", "Elle est citée par La Gazette.", "la-gazette", "",
      "save", "save",
    ]);
    expect(await runNew({}, ctx, prompter)).toBe(0);
    expect(left()).toEqual([]);
    // Going back: `<` in a typed answer, ‹ back in a list, each to the question before.
    expect(transcript.slice(3, 7)).toEqual([
      "? Title Grève chez Acme",
      "? Language of the pack ‹ back",
      "? Title Grève chez Acme",
      "? Language of the pack French",
    ]);
    // A group says whether its name is plural, so that sentences agree with it.
    expect(transcript).toContain("? Is the name plural (« les salariés d'Acme »)? plural");
    // People are picked, never typed as ids; so are sources.
    expect(transcript).toContain("? Who did it les salariés d'Acme (les-salaries-d-acme)");
    expect(transcript).toContain("? Sources that state it la-gazette");
    expect(transcript.filter((line) => line.startsWith("  !"))).toEqual([
      '  ! "Grève Acme": expected an id of lowercase letters, digits and dashes, such as sam-altman',
      '  ! "30 février 2024" is not a date; expected 2024-03-15 or 15 mars 2024',
      '  ! "14 mars" is not a date; expected 2024-03-14, 14 mars 2024, mars 2024 or 2024',
      '  ! "450" is a number; expected what is counted, such as salariés or euros (the figure is asked apart)',
      '  ! "450 salariés" repeats a number; expected the unit alone, such as salariés (the value is 300)',
    ]);
    // Everything is shown once more before it is saved.
    const shown = transcript.indexOf("? Add nothing more: see it all, then save");
    expect(transcript.slice(shown + 1)).toEqual([
      "Pack greve-acme: Grève chez Acme (fr)",
      "1 source:",
      "  la-gazette · La Gazette · 2024-03-15",
      "3 people and organisations:",
      "  acme · Acme · organisation",
      "  lea-martin · Léa Martin · person",
      "  les-salaries-d-acme · les salariés d'Acme · group · plural",
      "1 event:",
      "  strike-acme · strike · by les-salaries-d-acme · to acme · 2024-03-14",
      "1 figure:",
      "  le-nombre-de-grevistes · le nombre de grévistes · 300 salariés",
      "1 question:",
      "  qui-est-la-deleguee-syndicale-d-acme · single · Qui est la déléguée syndicale d'Acme ?",
      "? Save it? save",
    ]);
    expect(ctx.out()).toBe(
      "saved questions/greve-acme/pack.yaml (1 source, 3 people and organisations, 1 event, 1 figure, 1 question)\n",
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
    descriptions:
      - text: déléguée syndicale chez Acme
        sources: [la-gazette]
  - id: les-salaries-d-acme
    name: les salariés d'Acme
    kind: group
    gender: m
    plural: true
events:
  - id: strike-acme
    type: strike
    actor: les-salaries-d-acme
    target: acme
    date: 2024-03-14
    sources: [la-gazette]
claims:
  - id: le-nombre-de-grevistes
    about: le nombre de grévistes
    value: 300
    qualifier: more-than
    unit: salariés
    total: 450
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
    expect((await runCommand(["lint", "greve-acme"], { cwd: dir })).code).toBe(0);
    // The group is plural: the summary's verb agrees with it.
    expect((await runCommand(["summary", "greve-acme"], { cwd: dir })).stdout).toContain(
      "les salariés d'Acme se sont mis en grève",
    );
  });

  it("changes and removes what was added, never what something else still names", async () => {
    const dir = project();
    mkdirSync(join(dir, "questions", "ma-revue"));
    cpSync(
      join(ROOT, "tests", "fixtures", "interchange", "existing-pack.yaml"),
      join(dir, "questions", "ma-revue", "pack.yaml"),
    );
    // biome-ignore format: one line per step
    const { prompter, transcript } = scriptPrompter([
      "entities", "Lea Martin", "person", "", "f", "", "",
      "quotes", "lea-martin", "Nous tiendrons", "", "gazette", "",
      "change", "entities:0", "remove",
      "change", "entities:0", "change", "Léa Martin", "", "", "", "", "",
      "save", "back",
      "change", "quotes:0", "remove",
      "save", "save",
    ]);
    const ctx = context(dir);
    expect(await runNew({ pack: "ma-revue" }, ctx, prompter)).toBe(0);
    expect(transcript).toContain(
      "✗ lea-martin is used by lea-martin-nous-tiendrons; change or remove those first.",
    );
    expect(transcript).toContain("? Name, as a sentence would say it Léa Martin");
    expect(ctx.out()).toBe("saved questions/ma-revue/pack.yaml (1 person or organisation)\n");
    const { pack } = parsePack(
      readFileSync(join(dir, "questions", "ma-revue", "pack.yaml"), "utf8"),
      "pack.yaml",
      "ma-revue",
    );
    expect(pack?.entities.map((e) => [e.id, e.name])).toEqual([["lea-martin", "Léa Martin"]]);
    expect(pack?.quotes).toEqual([]);
  });

  it("keeps what was written as a draft on Ctrl-C, and takes it up again at the next run", async () => {
    const dir = project();
    // biome-ignore format: one line per item
    const first = scriptPrompter([
      "brouillon", "Un brouillon", "fr", "",
      "sources", "La Gazette", "", "", "fr", "", "",
      "entities", "Acme", "^C",
    ]);
    const ctx = context(dir);
    expect(await runNew({}, ctx, first.prompter)).toBe(130);
    expect(ctx.out()).toBe(
      'newsquiz: stopped; nothing was saved in a pack, and what you wrote is kept as a draft: "newsquiz new" takes it up again\n',
    );
    expect(existsSync(join(dir, "questions", "brouillon"))).toBe(false);
    // biome-ignore format: one line per item
    const second = scriptPrompter([
      "resume",
      "entities", "Acme", "organisation", "", "f", "", "",
      "save", "save",
    ]);
    const again = context(dir);
    expect(await runNew({}, again, second.prompter)).toBe(0);
    expect(second.transcript[0]).toMatch(
      /^\? A draft waits \(brouillon, 1 item, kept \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\) take it up again$/,
    );
    expect(again.out()).toBe(
      "saved questions/brouillon/pack.yaml (1 source, 1 person or organisation)\n",
    );
    // Saved, the draft is gone: the next run starts afresh.
    const third = scriptPrompter(["^C"]);
    expect(await runNew({}, context(dir), third.prompter)).toBe(130);
    expect(third.transcript).toEqual([]);
  });

  it("adds questions to an existing pack with --pack, keeping its comments and layout byte for byte", async () => {
    const dir = project();
    mkdirSync(join(dir, "questions", "ma-revue"));
    const file = join(dir, "questions", "ma-revue", "pack.yaml");
    cpSync(join(ROOT, "tests", "fixtures", "interchange", "existing-pack.yaml"), file);
    const before = readFileSync(file, "utf8");
    // biome-ignore format: one line per question added
    const { prompter } = scriptPrompter([
      "questions", "numeric", "Combien de pages ?", "12", "", "pages", "", "gazette", "",
      "questions", "ordering", "Dans l'ordre ?", "un", "deux", "", "", "", "",
      "save", "save",
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
    expect((await runCommand(["lint", "ma-revue"], { cwd: dir })).code).toBe(0);
  });

  it("adds figures, quotes and questions of every other type", async () => {
    const dir = project();
    mkdirSync(join(dir, "questions", "ma-revue"));
    const file = join(dir, "questions", "ma-revue", "pack.yaml");
    cpSync(join(ROOT, "tests", "fixtures", "interchange", "existing-pack.yaml"), file);
    // biome-ignore format: one line per item added
    const { prompter, transcript } = scriptPrompter([
      "quotes",
      "entities", "Léa Martin", "person", "", "f", "", "",
      "claims", "le nombre de grévistes", "trois cents", "300", "more-than", "salariés", "450", "gazette", "",
      "quotes", "lea-martin", "Nous tiendrons", "", "gazette", "",
      "questions", "multiple", "Lesquels ?", "a", "b", "c", "", "", "4", "1 3", "", "", "",
      "questions", "truefalse", "Vrai ?", "false", "", "", "",
      "questions", "short", "Son prénom ?", "", "Léa", "", "", "", "",
      "questions", "matching", "Associez", "x", "x -> 1", "y -> 2", "", "", "", "",
      "questions", "essay", "Racontez.", "", "", "",
      "questions", "description", "Lisez d'abord.", "", "",
      "save", "save",
    ]);
    const ctx = context(dir);
    expect(await runNew({ pack: "ma-revue" }, ctx, prompter)).toBe(0);
    // A quote needs its speaker among the pack's people: there were none yet.
    expect(transcript.slice(0, 2)).toEqual([
      "? Add a quote",
      "✗ This needs a person or an organisation of the pack: add them first.",
    ]);
    expect(ctx.out()).toBe(
      "saved questions/ma-revue/pack.yaml (1 person or organisation, 1 figure, 1 quote, 6 questions)\n",
    );
    expect(transcript.filter((line) => line.startsWith("  !"))).toEqual([
      '  ! "trois cents" is not a number; expected digits, such as 700 or 3.5',
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

  it("refuses to run without a terminal", async () => {
    const result = await runCommand(["new"], { cwd: project() });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: "newsquiz: newsquiz new asks questions; expected a terminal\n",
    });
  });
});
