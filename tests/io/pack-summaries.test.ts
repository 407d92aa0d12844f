import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { said } from "../../src/core/i18n/msg.js";
import { listPackSummaries } from "../../src/io/pack-summaries.js";
import { ROOT, tempHome } from "../helpers/run-cli.js";

function project(): string {
  const cwd = tempHome();
  mkdirSync(join(cwd, "questions"), { recursive: true });
  cpSync(join(ROOT, "questions", "openai-2023-11"), join(cwd, "questions", "my-copy"), {
    recursive: true,
  });
  cpSync(
    join(ROOT, "tests", "fixtures", "broken-packs", "several-errors"),
    join(cwd, "questions", "broken"),
    {
      recursive: true,
    },
  );
  return cwd;
}

describe("listPackSummaries", () => {
  it("summarises every pack found, a broken one with its first error, and caches the rest", async () => {
    const cwd = project();
    const env = { NEWSQUIZ_HOME: tempHome() };
    const first = await listPackSummaries(cwd, env);
    // A copy parsed now and the built-in pack summarised at build time count the same questions.
    expect(
      first.map((p) => [
        p.id,
        p.origin,
        p.questions,
        p.error && said("en", p.error).split(":").slice(0, 3).join(":"),
      ]),
    ).toEqual([
      ["broken", "project", 0, "questions/broken/pack.yaml:2:11"],
      ["openai-2023-11", "project", 229, undefined],
      ["openai-2023-11", "builtin", 229, undefined],
    ]);
    expect(first[1]!.keywords).toContain("Sam Altman");
    // The second start reads the cache: proven by a title only the cache holds.
    const cacheFile = join(env.NEWSQUIZ_HOME, "cache", "pack-summaries.json");
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"));
    const file = join(cwd, "questions", "my-copy", "pack.yaml");
    cache.entries[file].summary.title = "from the cache";
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((await listPackSummaries(cwd, env))[1]!.title).toBe("from the cache");
    // A pack that changes is read again.
    writeFileSync(file, `${readFileSync(file, "utf8")}\n# edited\n`);
    expect((await listPackSummaries(cwd, env))[1]!.title).toBe(
      "OpenAI : la crise de novembre 2023",
    );
  });

  it("reads again a pack an older cache summarised, whatever that cache says of it", async () => {
    const cwd = project();
    const env = { NEWSQUIZ_HOME: tempHome() };
    const file = join(cwd, "questions", "broken", "pack.yaml");
    const { size, mtimeMs } = statSync(file);
    // What a newsquiz whose cache was version 1 could have left: an English line, stale.
    const summary = { id: "broken", file, origin: "project", title: "broken", error: "stale" };
    mkdirSync(join(env.NEWSQUIZ_HOME, "cache"));
    writeFileSync(
      join(env.NEWSQUIZ_HOME, "cache", "pack-summaries.json"),
      JSON.stringify({ v: 1, app: pkg.version, entries: { [file]: { size, mtimeMs, summary } } }),
    );
    const [broken] = await listPackSummaries(cwd, env);
    expect(broken!.error && said("fr", broken!.error)).toBe(
      `questions/broken/pack.yaml:2:11: language : "de" n'est pas permis ; attendu l'un de : fr, en`,
    );
  });

  it("ignores a corrupt cache", async () => {
    const env = { NEWSQUIZ_HOME: tempHome() };
    mkdirSync(join(env.NEWSQUIZ_HOME, "cache"));
    writeFileSync(join(env.NEWSQUIZ_HOME, "cache", "pack-summaries.json"), "{not json");
    const packs = await listPackSummaries(tempHome(), env);
    expect(packs.map((p) => p.id)).toEqual(["openai-2023-11"]);
  });
});
