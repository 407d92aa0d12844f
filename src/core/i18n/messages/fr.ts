import { authoring } from "./fr/authoring.js";
import { counts } from "./fr/counts.js";
import { errors } from "./fr/errors.js";
import { exportNotes } from "./fr/export-notes.js";
import { facts } from "./fr/facts.js";
import { imports } from "./fr/imports.js";
import { packs } from "./fr/packs.js";
import { progress } from "./fr/progress.js";
import { quiz } from "./fr/quiz.js";
import { reports } from "./fr/reports.js";
import { screens } from "./fr/screens.js";
import { store } from "./fr/store.js";
import { triage } from "./fr/triage.js";
import { merged } from "./merged.js";

// Every French message in one object, one key space; each section is a file of fr/, and a key
// two sections share is a test failure (tests/core/i18n/messages.test.ts).
export const SECTIONS = {
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

export const fr = merged(SECTIONS);
