import { LANGUAGES, type Language } from "../i18n/language.js";
import type { Phrasing } from "./phrasing-types.js";

// Each language's grammar, loaded once, before anything is written: phrasing code asks
// `phrasingOf(lang)` (or a phrase context's `grammar`) instead of branching on a language code.
// Loaded by a dynamic import with a template literal, which esbuild bundles as a glob of
// ./<code>/phrasing.ts, each its own chunk. A grammar must not import this module, even through
// others: it would wait for itself (tests/architecture.test.ts checks).

/** The grammar a language's module exports, or an error that names the file to fix. */
export function grammarOf(code: string, module: { phrasing?: Phrasing }): Phrasing {
  if (!module.phrasing) {
    throw new Error(`src/core/languages/${code}/phrasing.ts exports no \`phrasing\``);
  }
  return module.phrasing;
}

async function load(code: Language): Promise<Phrasing> {
  let module: { phrasing?: Phrasing };
  try {
    module = await import(`./${code}/phrasing.ts`);
  } catch (cause) {
    throw new Error(`no grammar for "${code}": src/core/languages/${code}/phrasing.ts`, {
      cause,
    });
  }
  return grammarOf(code, module);
}

const PHRASINGS = new Map<Language, Phrasing>(
  await Promise.all(LANGUAGES.map(async (code) => [code, await load(code)] as const)),
);

/** The grammar of a language newsquiz writes. */
export function phrasingOf(lang: Language): Phrasing {
  const found = PHRASINGS.get(lang);
  if (!found) throw new Error(`no grammar for "${lang}": src/core/languages/${lang}/phrasing.ts`);
  return found;
}
