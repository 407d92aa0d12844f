import type { Language } from "../facts/model.js";
import { type Counted, countOf } from "./plural.js";
import { fill } from "./quiz-strings.js";

// The strings of `newsquiz triage`, both faces (full screen and line mode), apart from the
// tables every command shares.
const fr = {
  title: "Revue des faits",
  progress: "{reviewed} / {total} examinés · {accepted} · {rejected}",
  "progress.edited": " · {edited}",
  position: "Fait {n} sur {count} à revoir",
  "kind.event": "Événement",
  "kind.claim": "Chiffre",
  "kind.quote": "Citation",
  source: "Source : {source}",
  date: "Date : {date}",
  "no-date": "Date : aucune",
  confidence: "Confiance : {confidence}",
  evidence: "Lu dans :",
  "no-evidence": "(aucune phrase gardée)",
  "review.accepted": "✓ accepté",
  "review.rejected": "✗ rejeté",
  "review.edited": "✎ corrigé",
  "review.none": "à revoir",
  "now.accepted": "✓ Accepté : {fact}",
  "now.rejected": "✗ Rejeté : {fact}",
  "now.edited": "✎ Corrigé et accepté : {fact}",
  "now.skipped": "→ Passé : {fact}",
  "now.undone": "↶ Annulé : {fact}",
  "now.saved": "Décisions enregistrées dans {file}.",
  done: "Tous les faits ont été vus.",
  "done.left": "{count} à revoir.",
  "done.nothing": "Aucun fait extrait n'attend de revue dans ce paquet.",
  "done.again": "(--all pour les revoir)",
  keys: "a accepter · x rejeter · e corriger · u annuler · s passer · ? aide · q enregistrer et quitter",
  "keys.done": "u annuler · q enregistrer et quitter",
  "keys.done-again": "Entrée revoir les faits passés · u annuler · q enregistrer et quitter",
  "edit.title": "Corriger le fait",
  "edit.save": "✓ Enregistrer la correction",
  "edit.keys": "↑↓ choisir · Entrée modifier · Échap annuler",
  "edit.text-keys": "Entrée valider · Échap annuler",
  "edit.pick-keys": "tapez pour chercher · ↑↓ choisir · Entrée valider · Échap annuler",
  "edit.none": "—",
  "edit.no-match": "Aucune entité ne correspond.",
  "edit.unchanged": "Rien n'a changé.",
  "field.actor": "Qui agit",
  "field.target": "Qui le subit",
  "field.speaker": "Qui parle",
  "field.date": "Date",
  "field.role": "Rôle",
  "field.value": "Valeur",
  "field.total": "Sur un total de",
  "problem.date":
    "« {text} » n'est pas une date ; attendu 2023-11-17, 17 novembre 2023, novembre 2023 ou 2023",
  "problem.number": "« {text} » n'est pas un nombre ; attendu par exemple 300 ou 1 200",
  "problem.required": "{field} ne peut pas rester vide",
  "problem.total": "le total ({total}) est plus petit que la valeur ({value})",
  "problem.entity": "aucune entité ne s'appelle « {text} » ; attendu l'une de : {names}",
  "help.title": "Touches de la revue",
  "help.skip": "passer ce fait (il reste à revoir)",
  "help.scroll": "faire défiler",
  "help.leave": "enregistrer les décisions et quitter",
  "help.edit-form":
    "Dans la correction : ↑↓ choisir un champ, Entrée le modifier (tapez pour chercher une entité ; - vide le champ), Échap annuler.",
  "help.close": "Une touche pour fermer",
  "help.ctrl-c": "Ctrl-C : enregistrer et quitter tout de suite",
  "line.header": "{title} · {count} à revoir",
  "line.ask": "a accepter · x rejeter · e corriger · u annuler · s passer · ? aide · q quitter : ",
  "line.field": "{field} [{value}] (Entrée garde, - vide) : ",
  "line.unknown": "« {text} » : attendu a, x, e, u, s, ? ou q",
  "line.help":
    "a : le fait est juste · x : il est faux (gardé, jamais utilisé) · e : corriger ses champs · u : annuler la dernière décision · s : passer · q : enregistrer et quitter",
  "line.nothing-to-undo": "Rien à annuler.",
  "line.picked": "→ {name}",
};

type Key = keyof typeof fr;

const en: Record<Key, string> = {
  title: "Fact review",
  progress: "{reviewed} / {total} reviewed · {accepted} · {rejected}",
  "progress.edited": " · {edited}",
  position: "Fact {n} of {count} to review",
  "kind.event": "Event",
  "kind.claim": "Figure",
  "kind.quote": "Quote",
  source: "Source: {source}",
  date: "Date: {date}",
  "no-date": "Date: none",
  confidence: "Confidence: {confidence}",
  evidence: "Read in:",
  "no-evidence": "(no sentence kept)",
  "review.accepted": "✓ accepted",
  "review.rejected": "✗ rejected",
  "review.edited": "✎ edited",
  "review.none": "to review",
  "now.accepted": "✓ Accepted: {fact}",
  "now.rejected": "✗ Rejected: {fact}",
  "now.edited": "✎ Edited and accepted: {fact}",
  "now.skipped": "→ Skipped: {fact}",
  "now.undone": "↶ Undone: {fact}",
  "now.saved": "Decisions saved in {file}.",
  done: "Every fact has been seen.",
  "done.left": "{count} still to review.",
  "done.nothing": "No extracted fact of this pack awaits review.",
  "done.again": "(--all goes over them again)",
  keys: "a accept · x reject · e edit · u undo · s skip · ? help · q save and leave",
  "keys.done": "u undo · q save and leave",
  "keys.done-again": "Enter review the skipped facts · u undo · q save and leave",
  "edit.title": "Edit the fact",
  "edit.save": "✓ Save the correction",
  "edit.keys": "↑↓ choose · Enter change · Esc cancel",
  "edit.text-keys": "Enter confirm · Esc cancel",
  "edit.pick-keys": "type to search · ↑↓ choose · Enter confirm · Esc cancel",
  "edit.none": "—",
  "edit.no-match": "No entity matches.",
  "edit.unchanged": "Nothing changed.",
  "field.actor": "Who acted",
  "field.target": "To whom",
  "field.speaker": "Who said it",
  "field.date": "Date",
  "field.role": "Role",
  "field.value": "Value",
  "field.total": "Out of",
  "problem.date":
    '"{text}" is not a date; expected 2023-11-17, November 17, 2023, November 2023 or 2023',
  "problem.number": '"{text}" is not a number; expected, for example, 300 or 1,200',
  "problem.required": "{field} cannot be left empty",
  "problem.total": "the total ({total}) is smaller than the value ({value})",
  "problem.entity": 'no entity is called "{text}"; expected one of: {names}',
  "help.title": "Review keys",
  "help.skip": "skip this fact (it stays to review)",
  "help.scroll": "scroll",
  "help.leave": "save the decisions and leave",
  "help.edit-form":
    "In the edit: ↑↓ choose a field, Enter change it (type to search an entity; - empties the field), Esc cancel.",
  "help.close": "Any key closes",
  "help.ctrl-c": "Ctrl-C: save and leave at once",
  "line.header": "{title} · {count} to review",
  "line.ask": "a accept · x reject · e edit · u undo · s skip · ? help · q leave: ",
  "line.field": "{field} [{value}] (Enter keeps, - empties): ",
  "line.unknown": '"{text}": expected a, x, e, u, s, ? or q',
  "line.help":
    "a: the fact is right · x: it is wrong (kept, never used) · e: correct its fields · u: undo the last decision · s: skip · q: save and leave",
  "line.nothing-to-undo": "Nothing to undo.",
  "line.picked": "→ {name}",
};

/** A key of the triage strings. */
export type TriageStringKey = Key;

const STRINGS: Record<Language, Record<Key, string>> = { fr, en };

/** A triage string in the given language, placeholders filled. */
export function tt(
  lang: Language,
  key: TriageStringKey,
  vars: Record<string, string | number> = {},
): string {
  return fill(STRINGS[lang][key], vars);
}

/** Counted phrases of the review (see plural.ts); `#` is the number. */
const COUNTED = {
  accepted: { fr: { one: "# accepté", other: "# acceptés" }, en: { other: "# accepted" } },
  rejected: { fr: { one: "# rejeté", other: "# rejetés" }, en: { other: "# rejected" } },
  edited: { fr: { one: "# corrigé", other: "# corrigés" }, en: { other: "# edited" } },
  facts: { fr: { one: "# fait", other: "# faits" }, en: { one: "# fact", other: "# facts" } },
  skipped: {
    fr: { one: "# fait passé reste", other: "# faits passés restent" },
    en: { one: "# skipped fact", other: "# skipped facts" },
  },
} as const satisfies Record<string, Counted>;

/** "3 accepted", « 1 fait »: a counted phrase of the review in the language. */
export function ttc(lang: Language, key: keyof typeof COUNTED, n: number): string {
  return countOf(lang, n, COUNTED[key]);
}
