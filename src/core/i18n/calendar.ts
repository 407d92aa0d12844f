import type { Language } from "../facts/model.js";

// Own tables rather than Intl: output must be identical on every Node build (small-icu builds
// print English month names), and French writes "1er novembre", which Intl does not.
/** Month names as a date is written, January first. */
export const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
/** Day names, Sunday first as `Date` counts them. */
export const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
