import { describe, expect, it } from "vitest";
import { inert, inertLine, safeJson } from "../../../src/core/text/inert.js";

describe("inert", () => {
  it("removes CSI, OSC, DCS and single escapes, keeping the text around them", () => {
    expect(inert("a\u001b[31mred\u001b[0m b")).toBe("ared b");
    expect(inert("\u001b]0;title\u0007x")).toBe("x");
    expect(inert("\u001b]8;;http://e.x\u001b\\link\u001b]8;;\u001b\\")).toBe("link");
    expect(inert("\u001bPdata\u001b\\y")).toBe("y");
    expect(inert("\u009b2Jz")).toBe("z");
    expect(inert("a\u001b7b\u001b8c")).toBe("abc");
  });

  it("removes bells, backspaces, bidi overrides and turns CR into newlines", () => {
    expect(inert("ab\b\b\u0007cd\u202eef")).toBe("abcdef");
    expect(inert("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
    expect(inert("keep\ttabs\nand lines")).toBe("keep\ttabs\nand lines");
    expect(inertLine("a\nb\tc")).toBe("a b c");
  });

  it("leaves ordinary text, accents and emoji alone", () => {
    const text = "« Évincé » le 17 novembre 2023 — 90\u00a0% 👍";
    expect(inert(text)).toBe(text);
  });
});

describe("safeJson", () => {
  it("escapes C1 controls and bidi overrides that JSON.stringify leaves raw", () => {
    expect(safeJson({ a: "x\u009b31my\u202e" }, 0)).toBe('{"a":"x\\u009b31my\\u202e"}');
    expect(JSON.parse(safeJson({ a: "x\u009b\u2028" }))).toEqual({ a: "x\u009b\u2028" });
  });
});
