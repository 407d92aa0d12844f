import type { EntityKind } from "../../facts/model.js";
import { rememberedPer } from "../../memo.js";
import type { LanguageConfig } from "../config.js";

/** The entity cues and group nouns of a language, compiled once per language. */
export interface Compiled {
  cues: { re: RegExp; kind: EntityKind; weight: number }[];
  roleBefore: RegExp;
  groups: { re: RegExp; rule: LanguageConfig["groups"][number] }[];
  company: RegExp;
  giant: RegExp;
  complementAfter: RegExp;
  complementBefore: RegExp;
  /** A definite article right before a name: « la Silicon Valley ». */
  definiteBefore: RegExp;
  /** A post only a person holds, right before a name: "President Trump", « le PDG X ». */
  titleBefore: RegExp;
}

/** The compiled patterns of a language, built on first use. */
function compileEntitiesOnce(cfg: LanguageConfig): Compiled {
  const roles = cfg.roles.map((r) => r.match).join("|");
  const titles = cfg.roles
    .flatMap((r) => r.match.split("|"))
    .filter((word) => !cfg.sharedRoles.has(word))
    .join("|");
  return {
    titleBefore: new RegExp(`(?:^|[^\\p{L}])(?:${titles})\\s*$`, "u"),
    cues: cfg.kindCues.map((cue) => ({
      re: new RegExp(`(?:^|[^\\p{L}])(?:${cue.match})\\s*$`, "u"),
      kind: cue.kind,
      weight: cue.weight,
    })),
    roleBefore: new RegExp(
      `(?:^|[^\\p{L}])(?:${roles}|${cfg.groups.map((g) => g.match).join("|")}|tete|head)\\s*(?:${cfg.complement})\\s*$`,
      "u",
    ),
    groups: cfg.groups.map((rule) => ({
      re: new RegExp(`(?<![\\p{L}])(?:${rule.match})(?![\\p{L}])`, "gu"),
      rule,
    })),
    company: new RegExp(`(?<![\\p{L}])(?:${cfg.companyReference})(?![\\p{L}-])`, "gu"),
    giant: new RegExp(`(?<![\\p{L}])(?:${cfg.namedBefore})(?![\\p{L}-])`, "gu"),
    complementAfter: new RegExp(`^\\s*(?:${cfg.complement})\\s*`, "u"),
    complementBefore: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.complement})\\s*$`, "u"),
    definiteBefore: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.grammar.definites})\\s*$`, "u"),
  };
}

/** {@link compileEntitiesOnce}, once for each language. */
export const compileEntities = rememberedPer(compileEntitiesOnce);
