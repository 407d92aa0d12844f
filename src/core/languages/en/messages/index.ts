// Every English message, section by section: en/about.ts gives them as its `Catalogue`, so that a
// section or key French has and English lacks (languages/fr/messages/) is a type error.
export { authoring } from "./authoring.js";
export { counts } from "./counts.js";
export { errors } from "./errors.js";
export { exportNotes } from "./export-notes.js";
export { facts } from "./facts.js";
export { imports } from "./imports.js";
export { packs } from "./packs.js";
export { progress } from "./progress.js";
export { quiz } from "./quiz.js";
export { reports } from "./reports.js";
export { screens } from "./screens.js";
export { store } from "./store.js";
export { triage } from "./triage.js";
