import { authoring } from "./en/authoring.js";
import { counts } from "./en/counts.js";
import { errors } from "./en/errors.js";
import { exportNotes } from "./en/export-notes.js";
import { facts } from "./en/facts.js";
import { imports } from "./en/imports.js";
import { packs } from "./en/packs.js";
import { progress } from "./en/progress.js";
import { quiz } from "./en/quiz.js";
import { reports } from "./en/reports.js";
import { screens } from "./en/screens.js";
import { store } from "./en/store.js";
import { triage } from "./en/triage.js";
import { merged } from "./merged.js";

// Every English message, section by section as in French (see fr.ts).
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

export const en = merged(SECTIONS);
