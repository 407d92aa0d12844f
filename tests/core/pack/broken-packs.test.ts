import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/core/pack/issue.js";
import { loadPacks } from "../../../src/io/packs.js";
import { ROOT, tempHome } from "../../helpers/run-cli.js";

// Each folder holds a pack with a mistake and, in expected.txt, the exact lines lint must print.
const dir = join(ROOT, "tests", "fixtures", "broken-packs");
const cases = readdirSync(dir).sort();

describe("broken packs give positioned errors", () => {
  it("has a case for each kind of mistake", () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  for (const name of cases) {
    it(name, () => {
      const { packs, errors } = loadPacks([join(dir, name)], ROOT, { NEWSQUIZ_HOME: tempHome() });
      expect(packs).toEqual([]);
      const expected = readFileSync(join(dir, name, "expected.txt"), "utf8")
        .trim()
        .split("\n");
      expect(errors.map(formatIssue)).toEqual(expected);
    });
  }

  it("reports a broken pack without hiding a valid one", () => {
    const refs = [join(dir, "unknown-actor"), "openai-2023-11", join(dir, "duplicate-id")];
    const { packs, errors } = loadPacks(refs, ROOT, { NEWSQUIZ_HOME: tempHome() });
    expect(packs.map((p) => p.pack.id)).toEqual(["openai-2023-11"]);
    expect(errors.map((e) => e.file)).toEqual([
      "tests/fixtures/broken-packs/unknown-actor/pack.yaml",
      "tests/fixtures/broken-packs/duplicate-id/pack.yaml",
    ]);
  });
});
