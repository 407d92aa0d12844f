// Every French message, section by section: the reference catalogue. Its sections are the list
// every language gives (`Catalogue` in about-types.ts), each a file of its own messages/ folder;
// a key two sections share is a test failure (tests/core/i18n/messages.test.ts).
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
