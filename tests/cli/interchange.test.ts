import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, tempHome } from "../helpers/run-cli.js";
import { runCommand } from "../helpers/run-command.js";

const FIXTURES = join(ROOT, "tests", "fixtures", "interchange");

/** A project folder with a questions/ folder, as a user's would be. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsquiz-project-"));
  mkdirSync(join(dir, "questions"));
  return dir;
}

describe("newsquiz import", () => {
  it("makes a new pack named after the file in ./questions, which lints clean", async () => {
    const dir = project();
    const result = await runCommand(["import", join(FIXTURES, "features.gift")], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "imported 11 questions into questions/features/pack.yaml\n",
      stderr: "",
    });
    const text = readFileSync(join(dir, "questions", "features", "pack.yaml"), "utf8");
    expect(text.split("\n").slice(0, 5)).toEqual([
      `# yaml-language-server: $schema=${pathToFileURL(join(ROOT, "questions", "pack.schema.json")).href}`,
      "id: features",
      "title: Features",
      "language: fr",
      "questions:",
    ]);
    expect(await runCommand(["lint", "features"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "questions/features/pack.yaml: ok (0 events, 0 claims, 0 quotes, 11 questions)\n",
      stderr: "",
    });
  });

  it("goes to the user's packs folder when there is no ./questions", async () => {
    const home = tempHome();
    const dir = mkdtempSync(join(tmpdir(), "newsquiz-elsewhere-"));
    const result = await runCommand(["import", join(FIXTURES, "features.gift")], {
      cwd: dir,
      env: { NEWSQUIZ_HOME: home },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `imported 11 questions into ${join(home, "packs", "features", "pack.yaml")}\n`,
    );
    expect(
      (await runCommand(["lint", "features"], { cwd: dir, env: { NEWSQUIZ_HOME: home } })).code,
    ).toBe(0);
  });

  it("reports malformed questions as file:line, imports the rest, exits 1", async () => {
    const dir = project();
    const result = await runCommand(["import", join(FIXTURES, "small.gift")], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${join(FIXTURES, "small.gift")}:5: no correct choice; expected one choice marked = or choices with a positive %weight%\n`,
    );
    expect(result.stdout).toBe("imported 2 questions into questions/small/pack.yaml, 1 skipped\n");
  });

  it("imports nothing with --strict when anything is malformed", async () => {
    const dir = project();
    const result = await runCommand(["import", join(FIXTURES, "small.gift"), "--strict"], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").slice(1)).toEqual([
      "newsquiz: nothing imported: 1 malformed question and --strict",
      "",
    ]);
    expect((await runCommand(["lint", "small"], { cwd: dir })).code).toBe(1);
  });

  it("adds to an existing pack keeping every byte it had, and never reuses an id", async () => {
    const dir = project();
    mkdirSync(join(dir, "questions", "ma-revue"));
    const file = join(dir, "questions", "ma-revue", "pack.yaml");
    cpSync(join(FIXTURES, "existing-pack.yaml"), file);
    writeFileSync(join(dir, "deja.gift"), "// [id:deja-la]\nDéjà là ?{T}\n\nEncore ?{F}\n");
    const result = await runCommand(["import", "deja.gift", "--pack", "ma-revue"], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "imported 2 questions into questions/ma-revue/pack.yaml\n",
      stderr: "",
    });
    const before = readFileSync(join(FIXTURES, "existing-pack.yaml"), "utf8");
    const after = readFileSync(file, "utf8");
    const [head, tail] = before.split("\n# fin du fichier");
    expect(after).toBe(
      `${head}  - id: deja-la-2\n    type: truefalse\n    prompt: Déjà là ?\n    answer: true\n  - id: encore\n    type: truefalse\n    prompt: Encore ?\n    answer: false\n\n# fin du fichier${tail}`,
    );
    expect((await runCommand(["lint", "ma-revue"], { cwd: dir })).code).toBe(0);
  });

  it("never writes over a pack: a second import of the same file gets the next name", async () => {
    const dir = project();
    await runCommand(["import", join(FIXTURES, "features.gift")], { cwd: dir });
    const again = await runCommand(["import", join(FIXTURES, "features.gift")], { cwd: dir });
    expect(again.stdout).toBe("imported 11 questions into questions/features-2/pack.yaml\n");
  });

  it("refuses a file that is in no format it reads, naming what it looks like (exit 1)", async () => {
    const dir = project();
    writeFileSync(join(dir, "notes.txt"), "just some notes\n");
    writeFileSync(join(dir, "cards.gift"), "front one\tback one\nfront two\tback two\n");
    writeFileSync(join(dir, "page.txt"), "<!DOCTYPE html>\n<html><body>Quiz</body></html>\n");
    const expected =
      "expected GIFT, Moodle XML, Aiken, Anki text, newsquiz JSON (--format gift|xml|aiken|anki|json reads it as one)";
    expect(await runCommand(["import", "notes.txt"], { cwd: dir })).toEqual({
      code: 1,
      stdout: "",
      stderr: `newsquiz: notes.txt: not a question file newsquiz reads: it looks like plain text with no question in any format newsquiz reads; ${expected}\n`,
    });
    expect((await runCommand(["import", "cards.gift"], { cwd: dir })).stderr).toBe(
      `newsquiz: cards.gift: not a question file newsquiz reads: it looks like tab-separated text, such as an Anki export without its #separator:tab header; ${expected}\n`,
    );
    expect((await runCommand(["import", "page.txt"], { cwd: dir })).stderr).toBe(
      `newsquiz: page.txt: not a question file newsquiz reads: it looks like an HTML page; ${expected}\n`,
    );
    expect(await runCommand(["import", "cards.gift", "--format", "anki"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "imported 2 questions into questions/cards/pack.yaml\n",
      stderr: "",
    });
  });

  it("reads a Moodle XML export and an Anki export by their content, whatever their name", async () => {
    const dir = project();
    cpSync(join(FIXTURES, "features.xml"), join(dir, "bank.txt"));
    writeFileSync(
      join(dir, "deck.txt"),
      "#separator:tab\n#html:true\n#deck:Rivers\nLongest French river?\tLoire\n",
    );
    const xml = await runCommand(["import", "bank.txt"], { cwd: dir });
    expect(xml.stdout).toBe("imported 9 questions into questions/bank/pack.yaml, 1 skipped\n");
    expect((await runCommand(["import", "deck.txt"], { cwd: dir })).stdout).toBe(
      "imported 1 question into questions/deck/pack.yaml\n",
    );
  });

  it("keeps a long --pack id whole, and refuses one that is no id with the id it could be (exit 2)", async () => {
    const dir = project();
    const long = "histoire-geographie-premiere-annee-lycee-semestre-deux-revision";
    const made = await runCommand(["import", join(FIXTURES, "features.gift"), "--pack", long], {
      cwd: dir,
    });
    expect(made.stdout).toBe(`imported 11 questions into questions/${long}/pack.yaml\n`);
    expect((await runCommand(["export", long, "--format", "json"], { cwd: dir })).code).toBe(0);
    expect(
      await runCommand(["import", join(FIXTURES, "features.gift"), "--pack", "Biologie 1ère"], {
        cwd: dir,
      }),
    ).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'newsquiz: --pack "Biologie 1ère" is not a pack id; expected lowercase letters, digits and dashes, such as biologie-1ere\n',
    });
  });
});

describe("newsquiz export", () => {
  it("writes GIFT that imports back to the same questions", async () => {
    const dir = project();
    await runCommand(["import", join(FIXTURES, "features.gift")], { cwd: dir });
    const gift = await runCommand(["export", "features", "--format", "gift"], { cwd: dir });
    expect(gift.code).toBe(0);
    writeFileSync(join(dir, "again.gift"), gift.stdout);
    await runCommand(["import", "again.gift"], { cwd: dir });
    const strip = (t: string) =>
      t
        .split("\n")
        .slice(1)
        .join("\n")
        .replace(/^(id|title): .*\n/gm, "");
    expect(strip(readFileSync(join(dir, "questions", "again", "pack.yaml"), "utf8"))).toBe(
      strip(readFileSync(join(dir, "questions", "features", "pack.yaml"), "utf8")),
    );
  });

  it("writes an Anki file with its headers, and says what Aiken cannot hold", async () => {
    const dir = project();
    await runCommand(["import", join(FIXTURES, "small.gift")], { cwd: dir });
    const anki = await runCommand(
      ["export", "small", "--format", "anki", "--output", "cards.txt"],
      {
        cwd: dir,
      },
    );
    expect(anki).toEqual({
      code: 0,
      stdout: "",
      stderr: "exported 2 of 2 questions to cards.txt\n",
    });
    expect(readFileSync(join(dir, "cards.txt"), "utf8")).toBe(
      [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic",
        "#deck:Small",
        "#tags column:3",
        "Qui a renvoyé Sam Altman ?<br><br>A. Le conseil<br>B. Microsoft\tLe conseil\tsmall single",
        "Combien d'employés ont signé ?\t700 (± 50)\tsmall numeric",
        "",
      ].join("\n"),
    );
    const aiken = await runCommand(["export", "small", "--format", "aiken"], { cwd: dir });
    expect(aiken).toEqual({
      code: 0,
      stdout: "Qui a renvoyé Sam Altman ?\nA) Le conseil\nB) Microsoft\nANSWER: A\n",
      stderr:
        "newsquiz: renvoi: left out: title (Aiken has no place for them)\nnewsquiz: combien-d-employes-ont-signe: skipped: Aiken holds single-choice questions only, not numeric\n",
    });
  });

  it("exports the built-in pack's questions as JSON that imports into another pack", async () => {
    const dir = project();
    const json = await runCommand(
      ["export", "openai-2023-11", "--format", "json", "--output", "out.json"],
      {
        cwd: dir,
      },
    );
    expect(json.code).toBe(0);
    const body = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(body.pack).toEqual({ id: "openai-2023-11", title: expect.any(String), language: "fr" });
    // The French questions and their English versions.
    expect(body.questions).toHaveLength(14);
    expect((await runCommand(["import", "out.json"], { cwd: dir })).stdout).toBe(
      "imported 14 questions into questions/out/pack.yaml\n",
    );
    expect((await runCommand(["lint", "out"], { cwd: dir })).code).toBe(0);
  });

  it("exports the built-in pack as Moodle XML that imports back to the same questions, citations aside", async () => {
    const dir = project();
    const xml = await runCommand(["export", "openai-2023-11", "--output", "bank.xml"], {
      cwd: dir,
    });
    expect(xml.stderr).toBe(
      "newsquiz: 14 questions (reseau-annonce-nadella, chercheurs-partis-18-novembre, debut-partenariat, …): its sources and facts are not written (Moodle XML cannot hold them; JSON can)\n" +
        "newsquiz: 7 questions (reseau-annonce-nadella-en, chercheurs-partis-18-novembre-en, debut-partenariat-en, …): its language is not written (Moodle XML has no place for it; JSON has)\n" +
        "exported 14 of 14 questions to bank.xml\n",
    );
    expect((await runCommand(["import", "bank.xml"], { cwd: dir })).code).toBe(0);
    const questions = async (ref: string) =>
      JSON.parse(
        (await runCommand(["export", ref, "--format", "json"], { cwd: dir })).stdout,
      ).questions.map(
        // Citations aside, and the English questions' language, which Moodle XML cannot hold.
        ({ lang: _lang, ...q }: Record<string, unknown>) => ({ ...q, sources: [], facts: [] }),
      );
    expect(await questions("bank")).toEqual(await questions("openai-2023-11"));
  });

  it("says once what GIFT cannot hold, naming the questions concerned", async () => {
    const gift = await runCommand(["export", "openai-2023-11", "--format", "gift"]);
    expect(gift.code).toBe(0);
    expect(gift.stderr).toBe(
      "newsquiz: 14 questions (reseau-annonce-nadella, chercheurs-partis-18-novembre, debut-partenariat, …): its sources and facts are not written (GIFT cannot hold them; JSON can)\n" +
        "newsquiz: 7 questions (reseau-annonce-nadella-en, chercheurs-partis-18-novembre-en, debut-partenariat-en, …): its language is not written (GIFT has no place for it; JSON has)\n",
    );
    expect(gift.stdout).toContain(
      "Le partenariat entre Microsoft et OpenAI a commencé en 2016.{\n\tTRUE#",
    );
  });

  it("needs a format (exit 2)", async () => {
    expect(await runCommand(["export", "openai-2023-11"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "newsquiz: which format? expected --format gift, xml, aiken, anki or json\n",
    });
  });
});
