import type { CommandContext } from "../../context.js";
import type { Language } from "../../core/facts/model.js";
import { isLanguage } from "../../core/i18n/language.js";
import { msg } from "../../core/i18n/msg.js";
import type { Settings } from "../../core/progress/settings.js";
import { likeliest } from "../../core/text/likeliest.js";
import { UsageError, UserError } from "../../errors.js";
import { interfaceLanguage, localeLanguage } from "../../io/locale.js";
import { settingsFile } from "../../io/settings-file.js";
import { openStore } from "../../run/store.js";

const KEYS = ["lang", "certainty"] as const;
type Key = (typeof KEYS)[number];

/**
 * `newsquiz config [KEY [VALUE]]`: the settings that outlive a run. Without a key, every
 * setting and where its value comes from; with a key alone, that one; with a value, changes it
 * (`lang auto` forgets the choice: the environment's language applies again).
 */
export async function runConfig(
  key: string | undefined,
  value: string | undefined,
  ctx: CommandContext,
): Promise<number> {
  const store = openStore(ctx);
  if (key !== undefined && !(KEYS as readonly string[]).includes(key)) {
    const hint = likeliest(key, KEYS);
    throw hint
      ? new UsageError("error.config.unknown-hint", { key, hint })
      : new UsageError("error.config.unknown", { key, keys: KEYS.join(", ") });
  }
  let settings = store.settings();
  if (key !== undefined && value !== undefined) {
    settings = changed(settings, key as Key, value);
    if (!store.saveSettings(settings)) {
      throw new UserError("error.config.not-saved", { file: settingsFile(ctx.env) });
    }
  }
  // Said in the language the settings now give (a changed `lang` speaks at once).
  const lang = interfaceLanguage(
    ctx.lang !== undefined && key !== "lang" ? ctx.lang : undefined,
    settings.lang,
    ctx.env,
  );
  const shown = key === undefined ? KEYS : [key as Key];
  for (const k of shown) ctx.stdout.write(`${line(k, settings, lang, ctx.env)}\n`);
  return 0;
}

/** The settings with `key` set from what was typed; a value it cannot take is a usage error. */
function changed(settings: Settings, key: Key, value: string): Settings {
  if (key === "lang") {
    if (value === "auto") {
      const { lang: _, ...rest } = settings;
      return rest as Settings;
    }
    if (isLanguage(value)) return { ...settings, lang: value };
    throw new UsageError("error.config.lang", { value });
  }
  if (value === "on" || value === "off") return { ...settings, certainty: value === "on" };
  throw new UsageError("error.config.certainty", { value });
}

/** "lang: fr (your setting)", "lang: en (from the environment)", "certainty: off". */
function line(key: Key, settings: Settings, lang: Language, env: NodeJS.ProcessEnv): string {
  if (key === "certainty") {
    return `certainty: ${settings.certainty ? "on" : "off"}`;
  }
  if (settings.lang) return `lang: ${settings.lang} (${msg(lang, "config.saved")})`;
  const fromEnv = localeLanguage(env);
  return `lang: ${fromEnv ?? "en"} (${msg(lang, fromEnv ? "config.environment" : "config.default")})`;
}
