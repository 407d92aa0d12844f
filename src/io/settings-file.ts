import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../core/facts/model.js";
import { isLanguage } from "../core/i18n/language.js";
import { parseSettings, type Settings } from "../core/progress/settings.js";
import { dataDir } from "./paths.js";

/** Where the reader's settings are kept: `<data>/progress/settings.json`. */
export function settingsFile(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), "progress", "settings.json");
}

/**
 * The saved settings, read directly (before the progress store's code is loaded: every command
 * needs the interface language, and the home screen must paint fast); undefined when none are
 * saved or the file is not newsquiz's (the store says so when it opens it).
 */
export function readSavedSettings(env: NodeJS.ProcessEnv): Settings | undefined {
  try {
    return parseSettings(JSON.parse(readFileSync(settingsFile(env), "utf8")));
  } catch {
    return undefined;
  }
}

/** The interface language the reader saved, if any. */
export function savedLanguage(env: NodeJS.ProcessEnv): Language | undefined {
  const lang = readSavedSettings(env)?.lang;
  return isLanguage(lang) ? lang : undefined;
}
