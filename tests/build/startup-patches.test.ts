import { build } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript
import { startupPatches } from "../../scripts/startup-patches.mjs";

type Width = (text: string) => number;

/** string-width as the build bundles it (patched) or as published, run from a data: URL. */
async function stringWidth(patched: boolean): Promise<Width> {
  const result = await build({
    stdin: { contents: 'export { default } from "string-width";', resolveDir: process.cwd() },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    plugins: patched ? [startupPatches()] : [],
  });
  const code = result.outputFiles[0]?.text ?? "";
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
  );
  return module.default as Width;
}

describe("the build's start-up patches", () => {
  it("leave string-width's widths unchanged, emoji included", async () => {
    const [original, patched] = await Promise.all([stringWidth(false), stringWidth(true)]);
    const samples = [
      "newsquiz · Packs",
      "↑↓ choose · Enter open · ? help · q quit",
      "OpenAI : la crise de novembre 2023 — « l’été » 240 question(s)",
      "👨‍👩‍👧 🇫🇷 🏴󠁧󠁢󠁳󠁣󠁴󠁿 #️⃣ 1️⃣ 1⃣ ❤️‍🔥 ©️ © ™ ↔️ ↔ 👍🏽 ☺ ☺️ 中文 한국어 ｶﾞ",
    ];
    const emojiPart = /[\p{Emoji}\p{Emoji_Component}]/u;
    for (let cp = 0xa0; cp <= 0x1faff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      samples.push(`a${c}`);
      if (emojiPart.test(c))
        samples.push(`${c}\uFE0F`, `1${c}\u20E3`, `${c}\u{1F3FB}`, `${c}\u200D${c}`);
    }
    const differ = samples.filter((s) => original(s) !== patched(s));
    expect(differ).toEqual([]);
  });
});
