import { formatDate } from "../i18n/format.js";
import { msg } from "../i18n/msg.js";
import { quoted } from "../i18n/typography.js";
import type { Language, Source } from "./model.js";

/**
 * How a sentence names a source: its outlet (« MacGeneration »), else its title in quotes (in the
 * language written: the source's own title, or its translation), else "l'article du 21 novembre
 * 2023". Used after "Selon" / "According to".
 */
export function sourceName(source: Source, lang: Language): string {
  if (source.outlet) return source.outlet;
  const title = source.language === lang ? source.title : source.translations?.[lang]?.title;
  if (title) return quoted(title, lang);
  if (source.published)
    return msg(lang, "source.anonymous", { date: formatDate(source.published, lang) });
  return msg(lang, "source.unknown", { id: source.id });
}
