import type { Language } from "../facts/model.js";
import { NBSP } from "./format.js";
import { plural } from "./plural.js";

// The strings of `stats` and `review`, apart from the quiz's table so that the two grow
// without stepping on each other. Counted nouns come in two forms: one, other. French uses the
// singular for 0 and 1, English for 1 only.
const fr = {
  "n.answers": ["{n} réponse", "{n} réponses"],
  "n.sessions": ["{n} séance", "{n} séances"],
  "n.packs": ["{n} pack", "{n} packs"],
  "n.facts": ["{n} fait", "{n} faits"],
  "n.questions": ["{n} question", "{n} questions"],
  "n.days": ["{n} jour", "{n} jours"],
  "stats.none": "Aucune réponse enregistrée pour l'instant.",
  "stats.start": "Lancez un quiz : {command} play",
  "stats.right": "Réussite : {pct}",
  "stats.due": "À revoir : {n}",
  "stats.last": "Dernier score : {score}/{total} ({date})",
  "stats.byDay": "Réussite par jour",
  "stats.earlier": "et {days} plus tôt",
  "stats.kinds": "Types de question les plus faibles",
  "stats.facts": "Faits les moins sus",
  "stats.leeches": "Sangsues (ratées dans {n} séances ou plus)",
  "stats.flagged": "Questions signalées",
  "stats.store": "Progression enregistrée dans {dir}",
  "flag.wrong": "fausse",
  "flag.unclear": "peu claire",
  "kind.who": "qui",
  "kind.whom": "à qui",
  "kind.when": "quand",
  "kind.how-many": "combien",
  "kind.role": "rôle",
  "kind.quote": "citation",
  "kind.order": "ordre",
  "kind.true-false": "vrai ou faux",
  "kind.written": "rédigée",
  "level.choice": "choix",
  "level.hard-choice": "choix difficiles",
  "level.typed": "réponse à taper",
  "review.title.due": "Révision",
  "review.title.cram": "Révision de {pack}",
  "review.title.missed": "Ratées la dernière fois dans {pack}",
  "review.due": "À revoir : {questions} sur {facts}",
  "review.cram": "Révision de {pack} : {questions} sur {facts}",
  "review.missed": "Ratées la dernière fois dans {pack} : {questions}",
  "review.nothingDue": "Rien à revoir pour l'instant.",
  "review.next": "Prochaine révision : {date}.",
  "review.nothingMissed": "Rien de raté lors de la dernière séance de {pack}.",
  "review.nothingToCram": "{pack} n'a aucune question à poser.",
  "review.later": "À voir lors d'une prochaine révision : {facts}.",
  "review.unaskable": "Sans question (retirées ou signalées) : {list}",
  "review.packGone":
    "{pack} : pack introuvable ou invalide (voir newsquiz lint {pack}) ; ses faits sont laissés de côté",
  "review.dueSince": "prévu le {date}",
  "review.dueOn": "prévu le {date}",
  "review.new": "jamais demandé",
  "review.missedHere": "ratée",
  "review.leech": "sangsue",
  "config.saved": "votre réglage",
  "config.environment": "d'après l'environnement : LANGUAGE, LC_ALL, LC_MESSAGES ou LANG",
  "config.default": "par défaut ; newsquiz config lang fr pour le français",
} as const;

type Key = keyof typeof fr;

const en: {
  [K in Key]: (typeof fr)[K] extends readonly string[] ? readonly [string, string] : string;
} = {
  "n.answers": ["{n} answer", "{n} answers"],
  "n.sessions": ["{n} session", "{n} sessions"],
  "n.packs": ["{n} pack", "{n} packs"],
  "n.facts": ["{n} fact", "{n} facts"],
  "n.questions": ["{n} question", "{n} questions"],
  "n.days": ["{n} day", "{n} days"],
  "stats.none": "No answers recorded yet.",
  "stats.start": "Play a quiz: {command} play",
  "stats.right": "Right: {pct}",
  "stats.due": "Due now: {n}",
  "stats.last": "Last score: {score}/{total} ({date})",
  "stats.byDay": "Accuracy by day",
  "stats.earlier": "and {days} before",
  "stats.kinds": "Weakest kinds of question",
  "stats.facts": "Weakest facts",
  "stats.leeches": "Leeches (missed in {n} sessions or more)",
  "stats.flagged": "Flagged questions",
  "stats.store": "Progress is kept in {dir}",
  "flag.wrong": "wrong",
  "flag.unclear": "unclear",
  "kind.who": "who",
  "kind.whom": "whom",
  "kind.when": "when",
  "kind.how-many": "how many",
  "kind.role": "role",
  "kind.quote": "quote",
  "kind.order": "order",
  "kind.true-false": "true or false",
  "kind.written": "written",
  "level.choice": "choices",
  "level.hard-choice": "hard choices",
  "level.typed": "typed answer",
  "review.title.due": "Review",
  "review.title.cram": "Cram {pack}",
  "review.title.missed": "Missed last time in {pack}",
  "review.due": "Due now: {questions}, on {facts}",
  "review.cram": "Cram {pack}: {questions}, on {facts}",
  "review.missed": "Missed last time in {pack}: {questions}",
  "review.nothingDue": "Nothing is due now.",
  "review.next": "Next review: {date}.",
  "review.nothingMissed": "Nothing was missed in the last session of {pack}.",
  "review.nothingToCram": "{pack} has no question to ask.",
  "review.later": "Left for a later review: {facts}.",
  "review.unaskable": "No question left (removed or flagged): {list}",
  "review.packGone":
    "{pack}: pack not found or invalid (see newsquiz lint {pack}); its facts are left out",
  "review.dueSince": "due since {date}",
  "review.dueOn": "due {date}",
  "review.new": "never asked",
  "review.missedHere": "missed",
  "review.leech": "leech",
  "config.saved": "your setting",
  "config.environment": "from the environment: LANGUAGE, LC_ALL, LC_MESSAGES or LANG",
  "config.default": "the default; newsquiz config lang fr for French",
};

/** A key of the progress strings whose value is a plain string (not a counted noun). */
export type ProgressStringKey = { [K in Key]: (typeof fr)[K] extends string ? K : never }[Key];
/** A counted noun: "3 answers". */
export type CountKey = Exclude<Key, ProgressStringKey>;

const TABLES = { fr, en } as const;

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A string of `stats` or `review` in the language, `{name}` placeholders filled. */
export function ps(
  lang: Language,
  key: ProgressStringKey,
  vars: Record<string, string | number> = {},
): string {
  return fill(TABLES[lang][key] as string, vars);
}

/** "1 answer", "3 answers"; "0 réponse", "3 réponses" (Intl.PluralRules decides). */
export function count(lang: Language, key: CountKey, n: number): string {
  const [one, other] = TABLES[lang][key] as readonly [string, string];
  return plural(lang, n, { one: fill(one, { n: "#" }), other: fill(other, { n: "#" }) });
}

/** A kind of question as the reader knows it; an unknown kind as it is. */
export function kindName(lang: Language, kind: string): string {
  const key = `kind.${kind}` as ProgressStringKey;
  return key in TABLES[lang] ? ps(lang, key) : kind;
}

/** "67%", "67 %" (French puts a non-breaking space before the sign). */
export function percent(ratio: number, lang: Language): string {
  return `${Math.round(ratio * 100)}${lang === "fr" ? NBSP : ""}%`;
}
