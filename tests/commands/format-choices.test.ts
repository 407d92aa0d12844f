import { describe, expect, it } from "vitest";
import { exportCommand } from "../../src/commands/export/command.js";
import { importCommand } from "../../src/commands/import/command.js";
import { FORMATS, formatOf } from "../../src/core/interchange/formats.js";

// The commands take their --format choices from each format's about.ts, so that the command line
// does not load every reader and writer to start: what each format's code does is what they offer.
const choicesOf = (options: readonly { flags: string; choices?: readonly string[] }[] = []) =>
  options.find((o) => o.flags.startsWith("--format"))?.choices;

describe("--format choices", () => {
  it("are the formats whose code reads, for import, and writes, for export", () => {
    const ids = FORMATS.map((f) => formatOf(f.id));
    expect(choicesOf(importCommand.options)).toEqual(ids.filter((f) => f.read).map((f) => f.id));
    expect(choicesOf(exportCommand.options)).toEqual(ids.filter((f) => f.write).map((f) => f.id));
    expect(choicesOf(importCommand.options)).toEqual(["gift", "xml", "aiken", "anki", "json"]);
  });
});
