import type { z } from "zod";
import type {
  claimSchema,
  descriptionSchema,
  entitySchema,
  eventSchema,
  eventStatuses,
  eventTypes,
  packSchema,
  qualifiers,
  quoteSchema,
  reviews,
  sourceSchema,
  unreviewedPolicies,
} from "./schema.js";

export type Source = z.output<typeof sourceSchema>;
export type Entity = z.output<typeof entitySchema>;
export type EntityKind = Entity["kind"];
export type Description = z.output<typeof descriptionSchema>;
export type FactEvent = z.output<typeof eventSchema>;
export type EventType = (typeof eventTypes)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type Claim = z.output<typeof claimSchema>;
export type Qualifier = (typeof qualifiers)[number];
export type Quote = z.output<typeof quoteSchema>;
export type Language = Pack["language"];
/** A person's decision on an extracted fact. */
export type Review = (typeof reviews)[number];
/** Whether unreviewed extracted facts may be used: ask (the default) or skip. */
export type UnreviewedPolicy = (typeof unreviewedPolicies)[number];

/** A validated pack; `id` is always known once loaded (it defaults to the folder name). */
export type Pack = z.output<typeof packSchema> & { id: string };

/** Two or more claims about the same thing whose values differ. */
export interface Conflict {
  about: string;
  claims: string[];
}

/** Any fact that carries sources and can be cited by a question. */
export type Fact = FactEvent | Claim | Quote;
