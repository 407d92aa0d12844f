import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parsePack, parsePackThoroughly } from "../../src/core/pack/parse.js";
import { ROOT } from "../helpers/run-cli.js";

const builtin = readFileSync(join(ROOT, "questions", "openai-2023-11", "pack.yaml"), "utf8");

/** A parse result is either a pack and no errors, or no pack and errors that point into the text. */
function checkResult(text: string): void {
  const { pack, errors } = parsePack(text, "fuzz.yaml", "fuzz");
  if (pack) {
    expect(errors).toEqual([]);
    return;
  }
  expect(errors.length).toBeGreaterThan(0);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const error of errors) {
    expect(error.file).toBe("fuzz.yaml");
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount + 1);
    expect(error.col).toBeGreaterThanOrEqual(1);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toContain("\n");
  }
}

describe("the pack loader never throws", () => {
  it("on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkResult), {
      numRuns: 300,
    });
  });

  it("on arbitrary YAML values", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        let text: string | undefined;
        try {
          text = stringify(value);
        } catch {
          return;
        }
        if (typeof text === "string") checkResult(text);
      }),
      { numRuns: 300 },
    );
  });

  it("on the built-in pack with lines cut, swapped or mangled", () => {
    const lines = builtin.split("\n");
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat({ max: lines.length - 1 }),
            op: fc.constantFrom("delete", "duplicate", "indent", "truncate", "garble"),
            junk: fc.string({ maxLength: 8 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (edits) => {
          const copy = [...lines];
          for (const { at, op, junk } of edits) {
            const line = copy[at] ?? "";
            if (op === "delete") copy.splice(at, 1);
            else if (op === "duplicate") copy.splice(at, 0, line);
            else if (op === "indent") copy[at] = ` ${line}`;
            else if (op === "truncate") copy[at] = line.slice(0, Math.floor(line.length / 2));
            else copy[at] = line + junk;
          }
          checkResult(copy.join("\n"));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the lean and the thorough pack readers", () => {
  it("agree on the built-in pack and on mangled copies of it", () => {
    const lines = builtin.split("\n");
    const same = (text: string) => {
      const lean = parsePack(text, "f.yaml", "f");
      const thorough = parsePackThoroughly(text, "f.yaml", "f");
      expect(lean).toEqual(thorough);
    };
    same(builtin);
    fc.assert(
      fc.property(
        fc.nat({ max: lines.length - 1 }),
        fc.constantFrom(
          "",
          " ",
          "x",
          ": y",
          "- z",
          "\t",
          "'",
          '"',
          "#",
          "[",
          "{",
          " #c",
          "!!str",
          "---",
          "...",
          "? k",
          "|",
          ">",
          "@",
          "`",
          "\u00a0",
          "%",
          " ~",
          " .inf",
          " 0o17",
          " 1e3",
          " True",
          " yes",
          " null",
          "\r",
        ),
        (at, junk) => {
          const copy = [...lines];
          copy[at] = `${copy[at]}${junk}`;
          same(copy.join("\n"));
        },
      ),
      { numRuns: 200 },
    );
  });
});
