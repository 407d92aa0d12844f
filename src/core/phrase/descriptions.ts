import type { Description, Entity } from "../facts/model.js";
import type { Phrasing } from "../languages/phrasing-types.js";
import { isLetterOrDigitAnyCase } from "../text/letters.js";
import type { PhraseContext } from "./context.js";
import type { Named } from "./names.js";

/**
 * The description of an entity in the language being written, the one most sources give:
 * « PDG et cofondateur d'OpenAI ». Undefined when the pack describes it in no such language.
 */
export function descriptionOf(ctx: PhraseContext, entity: Entity): Description | undefined {
  let best: Description | undefined;
  for (const d of entity.descriptions) {
    if ((d.lang ?? ctx.index.lang) !== ctx.lang) continue;
    if (!best || new Set(d.sources).size > new Set(best.sources).size) best = d;
  }
  return best;
}

const ARTICLE = /^(?:(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|the|a|an|its|their)\s|l['’])/iu;

/**
 * True when the text opens with a determiner: an article (« le », « l' », "its") or a possessive
 * ("Microsoft's "), as /^(?:ARTICLE|[\p{L}\p{N}-]+['’]s\s)/iu reads it, without building the
 * Unicode class for the Latin-1 texts packs hold.
 */
function hasDeterminer(text: string): boolean {
  if (ARTICLE.test(text)) return true;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const c = String.fromCodePoint(code);
    if (c !== "-" && !isLetterOrDigitAnyCase(c)) break;
    i += c.length;
  }
  if (i === 0 || (text[i] !== "'" && text[i] !== "’")) return false;
  // Case-insensitively, "s" is also "S" and the long s « ſ ».
  const s = text[i + 1];
  return (s === "s" || s === "S" || s === "ſ") && /\s/.test(text.charAt(i + 2));
}

// Nouns that name one of many (several researchers, cofounders, video platforms): a
// description headed by one of them takes « un », "a", unless a later part of it names a post
// only one holds (« cofondateur d'OpenAI et président de son conseil »). Data, per language.
const ONE_OF_MANY =
  /^(?:(?:co-?)?fondat(?:eur|rice)|chercheu(?:r|se)|membre|employée?|salariée?|investisseu(?:r|se)|actionnaire|concurrente?|partenaire|cliente?|filiale|fournisseur|plateforme|société|entreprise|firme|média|site|application|outil|ingénieure?|conseill(?:er|ère)|analyste|élue?|entrepreneu(?:r|se)|figure|ancien(?:ne)?|ex-|(?:co-?)?founders?|researchers?|members?|employees?|investors?|shareholders?|rivals?|competitors?|partners?|customers?|clients?|subsidiar(?:y|ies)|suppliers?|platforms?|compan(?:y|ies)|firms?|outlets?|sites?|apps?|tools?|engineers?|advis[eo]rs?|analysts?|entrepreneurs?|figures?|former|ex-)$/i;
/** Posts one person holds: a later part headed by one makes the whole description unique. */
const ONE_HOLDER =
  /^(?:pdg|président(?:e)?|directeur|directrice|patron(?:ne)?|responsable|cheff?e?|dirigeante?|ceo|chairman|chairwoman|chair|president|director|head|chief)\b/i;
/**
 * True when the description names something only one holds or is (« PDG de Microsoft », « la
 * start-up à l'origine de ChatGPT »), false when it names one of many (« chercheur chez
 * OpenAI », « plateforme de streaming vidéo », "researcher at OpenAI").
 */
export function uniqueDescription(text: string, grammar: Phrasing): boolean {
  const [first = "", ...rest] = text.split(/\s+(?:et|and)\s+|,\s+/);
  const head = grammar.descriptionHead(first);
  return !ONE_OF_MANY.test(head) || rest.some((p) => ONE_HOLDER.test(p.trim()));
}

/**
 * A description with its article, as « Qui est … ? » needs it: « le PDG de Microsoft », « la
 * start-up … », « les salariés … », « un chercheur chez OpenAI » (one of many); "the chief
 * executive of Microsoft", "a researcher at OpenAI". A person's description agrees with the
 * person (« la directrice »); anything else's with its first noun (« la version du modèle » for
 * a product named GPT-4). Undefined when French needs a gender nobody gives.
 */
export function describedAs(ctx: PhraseContext, name: Named, text: string): string | undefined {
  if (hasDeterminer(text)) return text;
  return ctx.grammar.describedAs(name, text, uniqueDescription(text, ctx.grammar));
}

/** « Qui est le PDG de Microsoft ? », « Quelle organisation est la plateforme … ? » */
export function whoIsDescribed(ctx: PhraseContext, name: Named, described: string): string {
  return ctx.grammar.whoIsDescribed(name, described);
}

/** « Qui est Satya Nadella ? », « Qu'est-ce qu'OpenAI ? »; "What is Twitch?" */
export function whatIs(ctx: PhraseContext, name: Named): string {
  return ctx.grammar.whatIs(name);
}
