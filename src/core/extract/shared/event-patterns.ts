import type { EventStatus } from "../../facts/model.js";
import { rememberedPer } from "../../memo.js";
import type { LanguageConfig, PronounRule } from "../config.js";
import { type Grammar, grammar } from "./grammar.js";

/** The event lexicon of a language and the patterns around it, compiled once per language. */
export interface Compiled {
  /** The language's little words (grammar.ts). */
  g: Grammar;
  /** The subject pronouns and whom they may stand for. */
  pronouns: readonly PronounRule[];
  trigger: RegExp;
  passive: RegExp;
  active: RegExp;
  agent: RegExp;
  join: RegExp;
  clauseBreak: RegExp;
  /** A preposition other than « de », "of" right before a name: "from Boston to Virginia". */
  placed: RegExp;
  relative: RegExp;
  negation: RegExp;
  negationWord: RegExp;
  irrealis: RegExp;
  /** The language's modality rules, compiled: a status from words before, near or in the trigger. */
  modality: {
    status: EventStatus;
    before?: RegExp;
    ending?: RegExp;
    near?: RegExp;
    reason: string;
  }[];
  possessive: RegExp;
  announce: RegExp;
  announceThat: RegExp;
  /** An announcing verb right after a name: "…, the company said". */
  announceAfter: RegExp;
  /** An announcing verb, then at most a few words, before a name: « …, a annoncé le groupe ». */
  announceBefore: RegExp;

  roleIntro: RegExp;
  /** A post right at the start of the text, with no intro word. */
  roleBare: RegExp;
  pronoun: RegExp;
  complement: RegExp;
  /** The past perfect right before a trigger (« avait limogé », "had fired"): before the news. */
  pastPerfect: RegExp;
  /** An object pronoun right after the verb ("fired him") or before it (« l'a limogé »). */
  objectAfter: RegExp;
  objectBefore: RegExp;
}

/** Words ending with an apostrophe (« qu' ») are followed by a letter; the others are whole words. */
function clauseBreakOf(words: string): RegExp {
  const list = words.split("|");
  const glued = list.filter((w) => w.endsWith("'"));
  const whole = list.filter((w) => !w.endsWith("'"));
  return new RegExp(
    `[;:«»“”()\\[\\]]|(?<![\\p{L}])(?:(?:${whole.join("|")})(?![\\p{L}])${glued.length ? `|${glued.join("|")}` : ""})`,
    "gu",
  );
}

/** The compiled patterns of a language, built on first use. */
function compileEventsOnce(cfg: LanguageConfig): Compiled {
  const roles = cfg.roles.map((r) => r.match).join("|");
  return {
    g: grammar(cfg),
    pronouns: cfg.subjectPronouns,

    // One alternation for every trigger of the language: one pass over each sentence.
    trigger: new RegExp(
      `(?<![\\p{L}])(?:${cfg.events.map((r) => `(${r.match})`).join("|")})(?![\\p{L}])`,
      "gu",
    ),
    passive: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.passiveAux})\\s+(?:[\\p{L}'-]+\\s+){0,2}$`, "u"),
    active: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.activeAux})\\s+(?:[\\p{L}'-]+\\s+){0,2}$`, "u"),
    agent: new RegExp(`(?<![\\p{L}])(?:${cfg.agent})\\s`, "u"),
    join: new RegExp(
      `^(?:\\s*,\\s*|\\s+)?(?:(?:${cfg.listJoin})\\s+)?(?:(?:${cfg.complement})\\s*)?(?:(?:${cfg.grammar.definites})\\s*)?$`,
      "u",
    ),
    clauseBreak: clauseBreakOf(`${cfg.clauseBreak}|${cfg.relative}`),
    placed: new RegExp(
      `(?<![\\p{L}])(?:${cfg.prepositions
        .split("|")
        .filter((p) => !cfg.complement.split("|").includes(p))
        .join("|")})(?:\\s+|(?<='))(?:(?:${cfg.determiners})(?:\\s+|(?<=')))?$`,
      "u",
    ),
    relative: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.relative})\\s*$`, "u"),
    negation: new RegExp(`(?:${cfg.negation})$`, "u"),
    negationWord: new RegExp(`(?<![\\p{L}])(?:${cfg.negationWords})(?![\\p{L}])`, "u"),
    irrealis: new RegExp(`(?<![\\p{L}])(?:${cfg.irrealis})`, "u"),
    modality: cfg.modality.map((r) => ({
      status: r.status,
      reason: r.reason,
      // A word or two may stand between: « va bientôt quitter », "will not only join".
      ...(r.before
        ? {
            before: new RegExp(`(?<![\\p{L}'])(?:${r.before})\\s+(?:[\\p{L}'-]+\\s+){0,2}$`, "u"),
          }
        : {}),
      ...(r.ending ? { ending: new RegExp(`(?:${r.ending})$`, "u") } : {}),
      ...(r.near ? { near: new RegExp(`(?<![\\p{L}])(?:${r.near})(?![\\p{L}])`, "u") } : {}),
    })),
    possessive: grammar(cfg).possessive,
    announce: new RegExp(
      `(?<![\\p{L}'])(?:${cfg.announceVerbs})\\s+(?:[\\p{L}'-]+\\s+){0,3}$`,
      "u",
    ),
    announceThat: new RegExp(
      // « a annoncé mardi que », "said on Wednesday that": a few words may come between.
      `(?<![\\p{L}'])(?:${cfg.announceVerbs})\\s+(?:[\\p{L}'-]+\\s+){0,4}?(?:${cfg.grammar.that})\\s*$`,
      "u",
    ),
    announceAfter: new RegExp(`^\\s+(?:${cfg.announceVerbs})(?![\\p{L}])`, "u"),
    announceBefore: new RegExp(`^\\s*(?:${cfg.announceVerbs})\\s+(?:[\\p{L}'-]+\\s+){0,3}$`, "u"),
    roleIntro: new RegExp(
      `^[^.;:«»]{0,60}?(?<![\\p{L}])(?:${cfg.roleIntro})\\s*(?:(?:${cfg.determiners})\\s*)?((?:(?:${cfg.roleModifiers})[ -]?)?(?:${roles})(?![\\p{L}])[^,;.:«»()]{0,60})`,
      "du",
    ),
    roleBare: new RegExp(
      `^\\s*(?:(?:${cfg.indefinites}|${cfg.determiners})\\s+)?((?:(?:${cfg.roleModifiers})[ -]?)?(?:${roles})(?![\\p{L}])[^,;.:«»()]{0,60})`,

      "du",
    ),
    pronoun: new RegExp(
      `(?:^|[^\\p{L}])(${cfg.pronouns.m}|${cfg.pronouns.f})\\s+(?:[\\p{L}'-]+\\s+){0,4}$`,
      "u",
    ),
    complement: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.complement})\\s*$`, "u"),
    pastPerfect: new RegExp(
      `(?<![\\p{L}])(?:${cfg.pastPerfect})\\s+(?:[\\p{L}'-]+\\s+){0,2}$`,
      "u",
    ),
    objectAfter: new RegExp(`^\\s+(?:${cfg.objectPronouns.after})(?![\\p{L}])`, "u"),
    objectBefore: new RegExp(`(?<![\\p{L}])(?:${cfg.objectPronouns.before})\\s*$`, "u"),
  };
}

/** {@link compileEventsOnce}, once for each language. */
export const compileEvents = rememberedPer(compileEventsOnce);
