import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { isLanguage } from "../core/i18n/language.js";
import { UsageError } from "../errors.js";
import { interfaceLanguage } from "../io/locale.js";
import { savedLanguage } from "../io/settings-file.js";

/**
 * The interface's language (see interfaceLanguage): `--lang`, else the one the command line
 * resolved, else the saved setting, else the environment's, else English.
 */
export function uiLanguage(flag: string | undefined, ctx: CommandContext): Language {
  if (flag !== undefined) {
    if (isLanguage(flag)) return flag;
    throw new UsageError("error.lang-flag", { flag });
  }
  return ctx.lang ?? interfaceLanguage(undefined, savedLanguage(ctx.env), ctx.env);
}
