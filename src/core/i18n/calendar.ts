import { byLanguage } from "../languages/registry.js";

// Each language's month and day names (languages/<code>/about.ts), by language, for what reads
// or writes dates in every language at once.

/** Month names as a date is written, January first. */
export const MONTHS = byLanguage((about) => about.months);

/** Day names, Sunday first as `Date` counts them. */
export const WEEKDAYS = byLanguage((about) => about.weekdays);
