import type { Catalogue } from "../../about-types.js";
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

// Every English message, section by section: `Catalogue` holds English to French's list of
// sections (languages/fr/messages/index.ts), a section missing or extra being a type error.
export const messages: Catalogue = {
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
