// The languages newsquiz writes and reads, apart from the pack model: the question types and the
// string catalogues need the name without depending on the pack's schema (which holds them). The
// list itself is languages/registry.ts, one line a language.

export { isLanguage, LANGUAGES, type Language } from "../languages/registry.js";
