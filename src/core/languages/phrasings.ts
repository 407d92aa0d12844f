import { LANGUAGES, type Language } from "../i18n/language.js";
import type { Phrasing } from "./phrasing-types.js";

// Each language's grammar, loaded once, before anything is written: phrasing code asks
// `phrasingOf(lang)` (or a phrase context's `grammar`) instead of branching on a language code.
// Loaded by a dynamic import with a template literal, which esbuild bundles as a glob of
// ./<code>/phrasing.ts, each its own chunk: the home screen never loads a grammar. A grammar must
// not import this module, even through others: it would wait for itself (tests/architecture).

async function load(code: Language): Promise<Phrasing> {
  const module: { phrasing?: Phrasing } = await import(`./${code}/phrasing.ts`);
  if (!module.phrasing) {
    throw new Error(`src/core/languages/${code}/phrasing.ts exports no \`phrasing\``);
  }
  return module.phrasing;
}

const loaded = await Promise.all(LANGUAGES.map(async (code) => [code, await load(code)] as const));
const PHRASINGS = new Map<Language, Phrasing>(loaded);

/** The grammar of a language newsquiz writes. */
export function phrasingOf(lang: Language): Phrasing {
  const found = PHRASINGS.get(lang);
  if (!found) throw new Error(`no phrasing for the language "${lang}"`);
  return found;
}
