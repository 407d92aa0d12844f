import { authoring } from "./authoring.js";
import { counts } from "./counts.js";
import { errors } from "./errors.js";
import { exportNotes } from "./export-notes.js";
import { facts } from "./facts.js";
import { imports } from "./imports.js";
import { packs } from "./packs.js";
import { progress } from "./progress.js";
import { quiz } from "./quiz.js";
import { reports } from "./reports.js";
import { screens } from "./screens.js";
import { store } from "./store.js";
import { triage } from "./triage.js";

// Every French message, section by section: the reference catalogue. Its sections are the list
// every language gives (`Catalogue` in about-types.ts), each a file of its own messages/ folder;
// a key two sections share is a test failure (tests/core/i18n/messages.test.ts).
export const sections = {
  authoring,
  counts,
  errors,
  exportNotes,
  facts,
  imports,
  packs,
  progress,
  quiz,
  reports,
  screens,
  store,
  triage,
};
