import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../src/core/interchange/formats.js";

describe("regressions", () => {
  it("detects formats in one pass over files with thousands of unclosed braces", () => {
    // Was a lazy regular expression that rescanned the file from every `{`: quadratic.
    expect(detectFormat("x.txt", "{~".repeat(200_000))).toBeUndefined();
    expect(detectFormat("x.txt", `${"{~".repeat(200_000)}}`)).toBe("gift");
    expect(detectFormat("x.txt", "\\{ not a block \\}")).toBeUndefined();
  });
});
