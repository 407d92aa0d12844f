import type { Language } from "../core/facts/model.js";

/** The language of the user's locale (LC_ALL, then LC_MESSAGES, then LANG), when it is one we speak. */
export function localeLanguage(env: NodeJS.ProcessEnv): Language | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const code = locale.slice(0, 2).toLowerCase();
  return code === "fr" || code === "en" ? code : undefined;
}
