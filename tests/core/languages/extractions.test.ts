import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGUAGES } from "../../../src/core/i18n/language.js";

const LOADER = "../../../src/core/languages/extractions.js";
const FRENCH = "../../../src/core/languages/fr/extraction.ts";

describe("the languages' extractions", () => {
  afterEach(() => {
    vi.doUnmock(FRENCH);
    vi.resetModules();
  });

  it("reads each language newsquiz speaks by its own folder's rules", async () => {
    const { extractionOf } = await import(LOADER);
    expect(LANGUAGES.map((lang) => extractionOf(lang).config.lang)).toEqual(LANGUAGES);
  });

  it("names the file when a language's extraction.ts exports no extraction", async () => {
    vi.resetModules();
    vi.doMock(FRENCH, () => ({ extraction: undefined }));
    await expect(import(LOADER)).rejects.toThrow(
      "src/core/languages/fr/extraction.ts must export `extraction`, how fr is read",
    );
  });

  it("names the file when a folder's extraction reads another language", async () => {
    vi.resetModules();
    vi.doMock(FRENCH, () => ({ extraction: { config: { lang: "en" }, pipeline: [] } }));
    await expect(import(LOADER)).rejects.toThrow(
      "src/core/languages/fr/extraction.ts reads en, not fr",
    );
  });
});
