import { describe, expect, it } from "vitest";
import { homeArgs } from "../../src/home-args.js";

describe("the home screen's command line, read without commander", () => {
  it("reads nothing, or a valid --lang, as the home screen", () => {
    expect(homeArgs([])).toEqual({});
    expect(homeArgs(["--lang", "en"])).toEqual({ lang: "en" });
    expect(homeArgs(["--lang=fr"])).toEqual({ lang: "fr" });
  });

  it("leaves everything else to commander, errors included", () => {
    for (const argv of [
      ["play"],
      ["--help"],
      ["-V"],
      ["--lang"],
      ["--lang", "de"],
      ["--lang=de"],
      ["--lang", "en", "play"],
      ["--lang", "en", "--lang", "fr"],
      ["--LANG", "en"],
    ]) {
      expect(homeArgs(argv), argv.join(" ")).toBeUndefined();
    }
  });
});
