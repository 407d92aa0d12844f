import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { highlight } from "../../src/core/search/fuzzy-filter.js";
import { bindingsFor, commandOf, KEYMAPS, splitKeys } from "../../src/ui/keys.js";
import { sizeOf } from "../../src/ui/use-terminal-size.js";

const plain = { ctrl: false, meta: false, shift: false } as Key;

describe("the key table", () => {
  it("splits a burst into its keys: Enter, Backspace and Ctrl-C included", () => {
    expect(splitKeys("4\r2", plain).map(([i, k]) => [i, k.return === true])).toEqual([
      ["4", false],
      ["", true],
      ["2", false],
    ]);
    expect(splitKeys("\u007f\u007f", plain).map(([, k]) => k.backspace)).toEqual([true, true]);
    expect(splitKeys("G", plain)[0]![0]).toBe("G");
    // An escape sequence (an arrow) stays whole.
    expect(splitKeys("\u001b[A", plain)).toHaveLength(1);
  });

  it("gives each screen the commands its help lists, and no other", () => {
    for (const [name, commands] of Object.entries(KEYMAPS)) {
      const keymap = name as keyof typeof KEYMAPS;
      expect(bindingsFor(keymap).map((b) => b.command)).toEqual([...commands]);
    }
    // On home, k moves and / opens the filter; in the filter, letters are typed.
    expect(commandOf("k", plain, "home")).toBe("up");
    expect(commandOf("/", plain, "home")).toBe("filter");
    expect(commandOf("k", plain, "filter", true)).toBeUndefined();
    // PgDn where PgUp is, everywhere.
    for (const commands of Object.values(KEYMAPS) as (readonly string[])[]) {
      expect(commands.includes("pageUp")).toBe(commands.includes("pageDown"));
    }
    // F takes a flag back on the feedback; on the question, it is nothing.
    expect(commandOf("F", plain, "feedback")).toBe("unflag");
    expect(commandOf("F", plain, "question")).toBeUndefined();
  });

  it("highlights the words a search matched, whatever their accents", () => {
    expect(highlight("Emmett Shear a quitté Twitch.", new Set(["twitch", "quitte"]))).toEqual([
      ["Emmett Shear a ", false],
      ["quitté", true],
      [" ", false],
      ["Twitch", true],
      [".", false],
    ]);
  });

  it("keeps the screens to 100 columns, and calls a terminal under 40×12 too small", () => {
    expect(sizeOf(200, 50)).toMatchObject({ columns: 100, rows: 50, tooSmall: false });
    expect(sizeOf(39, 24).tooSmall).toBe(true);
    expect(sizeOf(40, 11).tooSmall).toBe(true);
    expect(sizeOf(40, 12).tooSmall).toBe(false);
  });
});
