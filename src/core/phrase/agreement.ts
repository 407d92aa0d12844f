import type { Named } from "./names.js";

/** What a French participle agrees with: gender and number. */
export interface Features {
  gender: "m" | "f" | undefined;
  plural: boolean;
}

export const MASCULINE_SINGULAR: Features = { gender: "m", plural: false };

export function featuresOf(name: Named): Features {
  return { gender: name.gender, plural: name.plural };
}

/**
 * The features all the choices of a question share, so that « Qui a été nommée » agrees only
 * when every choice is feminine and the agreement gives nothing away; otherwise the masculine
 * singular that French uses for an unknown « qui ».
 */
export function sharedFeatures(names: readonly Named[]): Features {
  const first = names[0];
  if (!first) return MASCULINE_SINGULAR;
  const gender = names.every((n) => n.gender === first.gender) ? first.gender : "m";
  const plural = names.every((n) => n.plural === first.plural) ? first.plural : false;
  return { gender: gender ?? "m", plural };
}
