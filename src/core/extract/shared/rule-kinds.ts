// The kinds of entity an event rule's actor or target may be (EventRule in config.ts), named once
// for the rules of every language.

export const PERSON = ["person"] as const;
export const PERSON_OR_GROUP = ["person", "group"] as const;
export const ORG = ["organisation"] as const;
/** A company is bought by a company or by a person (« l'homme d'affaires X a racheté le club »). */
export const BUYER = ["organisation", "person"] as const;
/** Whoever takes part in most events, or is concerned by them: a person, a group, a company. */
export const PARTY = ["organisation", "group", "person"] as const;
