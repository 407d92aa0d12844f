import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/core/pack/issue.js";
import { parsePack } from "../../../src/core/pack/parse.js";

const lines = (yaml: string) => parsePack(yaml, "p.yaml", "p").errors.map(formatIssue);

describe("parsePack", () => {
  it("defaults the id to the folder name and fills empty collections", () => {
    const { pack } = parsePack(
      "title: T\nlanguage: en\nsources:\n  - {id: s1, outlet: Paper, language: en}\n",
      "p.yaml",
      "my-pack",
    );
    expect(pack?.id).toBe("my-pack");
    expect(pack?.events).toEqual([]);
    expect(pack?.questions).toEqual([]);
  });

  it("refuses a file that is not a mapping", () => {
    expect(lines("- a\n- b\n")).toEqual([
      "p.yaml:1:1: pack: expected a mapping with title, language, sources, entities, events, ...",
    ]);
  });

  it("refuses binary content and deep nesting with one line", () => {
    expect(lines("title: a\u0000b")).toEqual([
      "p.yaml:1:1: pack is binary; expected UTF-8 YAML text",
    ]);
    const deep = `title: ${"[".repeat(100)}${"]".repeat(100)}`;
    expect(lines(deep)).toEqual([
      "p.yaml:1:1: pack is nested more than 64 levels deep; expected a flat pack",
    ]);
  });

  it("points at the key of a duplicated mapping key", () => {
    expect(lines("title: a\ntitle: b\n")).toEqual([
      "p.yaml:2:1: YAML syntax: Map keys must be unique",
    ]);
  });

  it("reports a missing field of a list item at the item", () => {
    const yaml = "title: T\nlanguage: en\nsources:\n  - id: s1\n    outlet: Paper\n";
    expect(lines(yaml)).toEqual([
      'p.yaml:4:5: sources[0]: missing field "language"; expected one of: fr, en',
    ]);
  });
});
