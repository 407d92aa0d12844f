import type { Language } from "../core/facts/model.js";
import { isLanguage } from "../core/i18n/language.js";

/**
 * The language of the user's environment, when it is one newsquiz speaks: LANGUAGE (gettext's
 * list of preferences, `fr:en`; its first one we speak), then the locale of LC_ALL, LC_MESSAGES
 * or LANG (the first one set, `fr_FR.UTF-8`). The C and POSIX locales name no language.
 */
export function localeLanguage(env: NodeJS.ProcessEnv): Language | undefined {
  for (const entry of (env.LANGUAGE ?? "").split(":")) {
    const lang = languageOfLocale(entry);
    if (lang) return lang;
  }
  return languageOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}

/** `fr`, `fr_CA.UTF-8`, `en-GB` → fr or en; anything else → undefined. */
export function languageOfLocale(locale: string): Language | undefined {
  const code = /^([a-z]{2})(?:[_.@-]|$)/i.exec(locale.trim())?.[1]?.toLowerCase();
  return isLanguage(code) ? code : undefined;
}

/**
 * The interface's language, one setting for every screen, prompt, message, error and `--help`:
 * the `--lang` flag, else the saved setting (`newsquiz config lang fr`), else the environment's
 * (see {@link localeLanguage}), else English.
 */
export function interfaceLanguage(
  flag: Language | undefined,
  saved: Language | undefined,
  env: NodeJS.ProcessEnv,
): Language {
  return flag ?? saved ?? localeLanguage(env) ?? "en";
}
