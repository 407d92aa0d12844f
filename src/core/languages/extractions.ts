import type { Locale } from "../extract/state.js";
import { LANGUAGES, type Language } from "../i18n/language.js";

// How each language is read, loaded from its folder (`<code>/extraction.ts`) for every language
// newsquiz speaks: a language is added by its folder and its registration, never here. Loaded
// only by who extracts (chrono's parsers and the word lists are heavy; the home screen never
// needs them). The specifier is a template literal ending in `.ts` so that esbuild bundles every
// `*/extraction.ts` as a chunk of its own.
//
// Top-level await: no module an extraction.ts imports, even through others, may import this one
// (it would wait for itself). tests/build/extraction-closure.test.ts checks it.

async function load(code: Language): Promise<Locale> {
  const folder = `src/core/languages/${code}/`;
  let module: { extraction?: Locale };
  try {
    module = await import(`./${code}/extraction.ts`);
  } catch (cause) {
    throw new Error(`${folder}extraction.ts: cannot load how ${code} is read`, { cause });
  }
  const { extraction } = module;
  if (!extraction?.config || !extraction.pipeline)
    throw new Error(`${folder}extraction.ts must export \`extraction\`, how ${code} is read`);
  if (extraction.config.lang !== code)
    throw new Error(`${folder}extraction.ts reads ${extraction.config.lang}, not ${code}`);
  return extraction;
}

const EXTRACTIONS = new Map(
  await Promise.all(LANGUAGES.map(async (code) => [code, await load(code)] as const)),
);

/** How articles in the language are read: its word lists and rules, and its pipeline. */
export function extractionOf(lang: Language): Locale {
  return EXTRACTIONS.get(lang)!;
}
