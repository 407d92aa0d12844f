import { describe, expect, it } from "vitest";
import { exportCommand } from "../../src/commands/export/command.js";
import { importCommand } from "../../src/commands/import/command.js";
import { exportFormats, importFormats } from "../../src/core/interchange/formats.js";

// The commands list their --format choices themselves, so that the command line does not load
// every reader and writer to start; the registry (formats.ts) is what they must agree with.
const choicesOf = (options: readonly { flags: string; choices?: readonly string[] }[] = []) =>
  options.find((o) => o.flags.startsWith("--format"))?.choices;

describe("--format choices", () => {
  it("are the formats the registry reads, for import, and writes, for export", () => {
    expect(choicesOf(importCommand.options)).toEqual(importFormats);
    expect(choicesOf(exportCommand.options)).toEqual(exportFormats);
  });
});
