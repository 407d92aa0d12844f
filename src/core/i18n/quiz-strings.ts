import type { Language } from "../facts/model.js";
import { type Counted, countOf } from "./plural.js";

// The quiz's own strings (screens, prompts, line mode), apart from strings.ts so that the
// quiz can grow its vocabulary without touching the table every command shares.
const fr = {
  "kind.who": "Qui",
  "kind.whom": "À qui",
  "kind.when": "Quand",
  "kind.how-many": "Combien",
  "kind.role": "Rôle",
  "kind.quote": "Citation",
  "kind.order": "Ordre",
  "kind.true-false": "Vrai ou faux",
  "kind.single": "Choix unique",
  "kind.multiple": "Réponses multiples",
  "kind.short": "Réponse courte",
  "kind.matching": "Associations",
  "kind.essay": "Rédaction (non notée)",
  "kind.description": "À lire",
  "kind.cloze": "Texte à trous",
  "certainty.low": "faible",
  "certainty.medium": "moyenne",
  "certainty.high": "haute",
  "certainty.prompt": "Quelle certitude ? 1 faible · 2 moyenne · 3 haute",
  "certainty.title": "Certitude (notation de Moodle : juste 1/2/3, faux 0/-2/-6)",
  "certainty.mark": "Note de certitude : {total} ({average} par question)",
  "certainty.level": "{level} : {answers}, {accuracy} de bonnes réponses",
  "certainty.calibrated": "bien calibrée",
  "certainty.overconfident": "trop sûr(e) de vous",
  "certainty.underconfident": "pas assez sûr(e) de vous",
  "certainty.none": "aucune",
  "certainty.too-few": "trop peu de réponses pour juger ({min} au moins)",
  "certainty.answer": "Certitude {level} · note {mark}",
  true: "Vrai",
  false: "Faux",
  "quiz.header": "{title} · {questions}",
  "quiz.seed": "graine {seed}",
  "quiz.progress": "Question {n}/{total}",
  "quiz.unreviewed": "d'après des faits non revus",
  "quiz.right": "✓ Juste",
  "quiz.wrong": "✗ Faux",
  "quiz.partial": "◐ En partie juste ({percent})",
  "quiz.skipped": "→ Passée",
  "quiz.flagged": "⚑ Signalée : elle ne sera plus posée tant que le paquet ne change pas",
  "quiz.flagged-as":
    "⚑ Signalée comme {reason} : elle ne sera plus posée tant que le paquet ne change pas",
  "quiz.unscored": "Non notée",
  "quiz.expected": "La bonne réponse : {answer}",
  "quiz.expected-list": "La bonne réponse :",
  "quiz.model-answer": "Éléments de réponse :",
  "quiz.sources": "{label} : {sources}",
  "quiz.score": "Score : {points}/{max} ({percent})",
  "quiz.time": "{questions} en {time}",
  "quiz.by-kind": "Par type de question",
  "quiz.missed": "À revoir",
  "quiz.none-missed": "Aucune question manquée.",
  "quiz.no-questions": "Aucune question à poser dans ce paquet.",
  "quiz.stopped": "Quiz arrêté : score des questions posées.",
  "quiz.first-pass":
    "Score du quiz (gardé comme dernier score du paquet) : {points}/{max} ({percent})",
  "quiz.retry-score": "Questions manquées reposées :",
  "quiz.no-score":
    "Aucune question répondue : pas de score, et le dernier score du paquet reste le même.",
  "quiz.your-answer": "Votre réponse : {answer}",
  "quiz.no-answer": "(pas de réponse)",
  "ask.single": "Réponse (1-{max}) : ",
  "ask.multiple": "Réponses (numéros séparés par des virgules, ex. 1,3) : ",
  "ask.numeric": "Réponse (un nombre) : ",
  "ask.numeric-unit": "Réponse (un nombre, en {unit}) : ",
  "ask.short": "Réponse : ",
  "ask.matching": "Réponse (pour a, b, c…, le numéro associé, ex. 2 1 3) : ",
  "ask.ordering": "Réponse (les numéros dans le bon ordre, ex. 2 1 3) : ",
  "ask.essay": "Votre réponse (non notée) : ",
  "ask.description": "(Entrée pour continuer) ",
  "ask.cloze": "Réponses, trou par trou, séparées par | (ex. 2 | Seine | 42) : ",
  "ask.certainty": "Certitude (1 faible, 2 moyenne, 3 haute) : ",
  "ask.choices": "Choix :",
  "error.number": "Réponse non comprise : un numéro de 1 à {max} était attendu.",
  "error.numbers": "Réponse non comprise : des numéros de 1 à {max} étaient attendus.",
  "error.value": "Réponse non comprise : un nombre était attendu.",
  "error.matching":
    "Réponse non comprise : {count} numéros de 1 à {max} étaient attendus, un par ligne.",
  "error.ordering":
    "Réponse non comprise : les {count} numéros, chacun une fois, étaient attendus.",
  "error.certainty": "Réponse non comprise : 1, 2 ou 3 était attendu.",
  "error.cloze":
    "Réponse non comprise : il faut une réponse par trou, dans l'ordre, séparées par |.",
  "error.cloze-choice":
    "Réponse non comprise : au trou [{blank}], un numéro de 1 à {max} était attendu.",
  "error.cloze-number": "Réponse non comprise : au trou [{blank}], un nombre était attendu.",
  "line.help":
    "Entrée vide : passer · :flag (ou :flag wrong) : signaler la question · :quit : finir",
  "seed.picked": "graine {seed} (pour refaire ce quiz : --seed {seed})",
  "resume.saved":
    "Quiz laissé à la question {question} sur {total} : « {command} play --resume » le reprend, et le prochain démarrage le propose.",
  "resume.waiting":
    "un quiz sur {pack} attend depuis le {when}, laissé à la question {question} sur {total} : « {command} play --resume » le reprend",
  "resume.none": "aucun quiz inachevé à reprendre",
  "resume.other-pack":
    "le quiz inachevé porte sur {pack}, pas sur {asked} : « {command} play --resume » sans paquet le reprend",
  "resume.changed":
    "{pack} a changé (ou n'est plus là) depuis que ce quiz a été laissé : il ne peut pas être repris, et il est abandonné",
  "leave.finish": "Finir le quiz maintenant, avec le score de {answered} ?",
  "leave.nothing": "Quitter le quiz ? Rien n'est répondu : aucun score ne sera gardé.",
  "leave.finish-choice": "Finir maintenant",
  "leave.nothing-choice": "Quitter sans score",
  "leave.keep-choice": "Le garder pour le reprendre plus tard (newsquiz play --resume)",
  "leave.back-choice": "Continuer le quiz",
  "leave.keys": "1 ou Entrée : {finish} · 2 : le garder pour plus tard · Échap : continuer",
  "prompt.skip": "Passer cette question",
  "prompt.flag": "Signaler la question (fausse ou peu claire)",
  "prompt.quit": "Finir le quiz",
} as const;

/** Keys of the quiz's UI strings. */
export type QuizStringKey = keyof typeof fr;

const en: Record<QuizStringKey, string> = {
  "kind.who": "Who",
  "kind.whom": "Whom",
  "kind.when": "When",
  "kind.how-many": "How many",
  "kind.role": "Role",
  "kind.quote": "Quote",
  "kind.order": "Order",
  "kind.true-false": "True or false",
  "kind.single": "Single choice",
  "kind.multiple": "Multiple answers",
  "kind.short": "Short answer",
  "kind.matching": "Matching",
  "kind.essay": "Essay (not scored)",
  "kind.description": "To read",
  "kind.cloze": "Fill in the blanks",
  "certainty.low": "low",
  "certainty.medium": "medium",
  "certainty.high": "high",
  "certainty.prompt": "How sure? 1 low · 2 medium · 3 high",
  "certainty.title": "Certainty (Moodle marking: right 1/2/3, wrong 0/-2/-6)",
  "certainty.mark": "Certainty mark: {total} ({average} per question)",
  "certainty.level": "{level}: {answers}, {accuracy} right",
  "certainty.calibrated": "well calibrated",
  "certainty.overconfident": "overconfident",
  "certainty.underconfident": "underconfident",
  "certainty.none": "none",
  "certainty.too-few": "too few answers to judge ({min} needed)",
  "certainty.answer": "Certainty {level} · mark {mark}",
  true: "True",
  false: "False",
  "quiz.header": "{title} · {questions}",
  "quiz.seed": "seed {seed}",
  "quiz.progress": "Question {n}/{total}",
  "quiz.unreviewed": "from unreviewed facts",
  "quiz.right": "✓ Right",
  "quiz.wrong": "✗ Wrong",
  "quiz.partial": "◐ Partly right ({percent})",
  "quiz.skipped": "→ Skipped",
  "quiz.flagged": "⚑ Flagged: not asked again until the pack changes",
  "quiz.flagged-as": "⚑ Flagged as {reason}: not asked again until the pack changes",
  "quiz.unscored": "Not scored",
  "quiz.expected": "The right answer: {answer}",
  "quiz.expected-list": "The right answer:",
  "quiz.model-answer": "What an answer should cover:",
  "quiz.sources": "{label}: {sources}",
  "quiz.score": "Score: {points}/{max} ({percent})",
  "quiz.time": "{questions} in {time}",
  "quiz.by-kind": "By kind of question",
  "quiz.missed": "To review",
  "quiz.none-missed": "No question missed.",
  "quiz.no-questions": "No question to ask in this pack.",
  "quiz.stopped": "Quiz stopped: score of the questions asked.",
  "quiz.first-pass": "The quiz's score (kept as the pack's last score): {points}/{max} ({percent})",
  "quiz.retry-score": "Missed questions asked again:",
  "quiz.no-score": "Nothing answered: no score, and the pack's last score stays as it was.",
  "quiz.your-answer": "Your answer: {answer}",
  "quiz.no-answer": "(no answer)",
  "ask.single": "Answer (1-{max}): ",
  "ask.multiple": "Answers (numbers separated by commas, e.g. 1,3): ",
  "ask.numeric": "Answer (a number): ",
  "ask.numeric-unit": "Answer (a number, in {unit}): ",
  "ask.short": "Answer: ",
  "ask.matching": "Answer (for a, b, c…, the matching number, e.g. 2 1 3): ",
  "ask.ordering": "Answer (the numbers in the right order, e.g. 2 1 3): ",
  "ask.essay": "Your answer (not scored): ",
  "ask.description": "(Enter to go on) ",
  "ask.cloze": "Answers, blank by blank, separated by | (such as 2 | Seine | 42): ",
  "ask.certainty": "Certainty (1 low, 2 medium, 3 high): ",
  "ask.choices": "Choices:",
  "error.number": "Not understood: expected a number from 1 to {max}.",
  "error.numbers": "Not understood: expected numbers from 1 to {max}.",
  "error.value": "Not understood: expected a number.",
  "error.matching": "Not understood: expected {count} numbers from 1 to {max}, one per line.",
  "error.ordering": "Not understood: expected the {count} numbers, each once.",
  "error.certainty": "Not understood: expected 1, 2 or 3.",
  "error.cloze": "Not understood: expected one answer per blank, in order, separated by |.",
  "error.cloze-choice":
    "Not understood: in blank [{blank}], a number from 1 to {max} was expected.",
  "error.cloze-number": "Not understood: in blank [{blank}], a number was expected.",
  "line.help": "Empty line: skip · :flag (or :flag wrong): flag the question · :quit: finish",
  "seed.picked": "seed {seed} (to repeat this quiz: --seed {seed})",
  "resume.saved":
    'Quiz left at question {question} of {total}: "{command} play --resume" takes it up again, and the next start offers it.',
  "resume.waiting":
    'a quiz on {pack}, left at question {question} of {total} on {when}, is waiting: "{command} play --resume" takes it up again',
  "resume.none": "no unfinished quiz to take up again",
  "resume.other-pack":
    'the unfinished quiz is on {pack}, not {asked}: "{command} play --resume" without a pack takes it up again',
  "resume.changed":
    "{pack} has changed (or gone) since this quiz was left: it cannot be taken up again, and is dropped",
  "leave.finish": "Finish the quiz now, with the score of {answered}?",
  "leave.nothing": "Leave the quiz? Nothing is answered: no score will be kept.",
  "leave.finish-choice": "Finish now",
  "leave.nothing-choice": "Leave without a score",
  "leave.keep-choice": "Keep it to take up again later (newsquiz play --resume)",
  "leave.back-choice": "Go on with the quiz",
  "leave.keys": "1 or Enter: {finish} · 2: keep it for later · Esc: go on",
  "prompt.skip": "Skip this question",
  "prompt.flag": "Flag the question (wrong or unclear)",
  "prompt.quit": "Finish the quiz",
};

const STRINGS: Record<Language, Record<QuizStringKey, string>> = { fr, en };

/** Counted phrases of the quiz's text (see plural.ts); `#` is the number. */
export const COUNTED = {
  questions: {
    fr: { one: "# question", other: "# questions" },
    en: { one: "# question", other: "# questions" },
  },
  answers: {
    fr: { one: "# réponse", other: "# réponses" },
    en: { one: "# answer", other: "# answers" },
  },
  answered: {
    fr: { one: "# répondue", other: "# répondues" },
    en: { one: "# answered", other: "# answered" },
  },
  answeredQuestions: {
    fr: { one: "# question répondue", other: "# questions répondues" },
    en: { one: "# question answered", other: "# questions answered" },
  },
  sources: {
    fr: { one: "Source", other: "Sources" },
    en: { one: "Source", other: "Sources" },
  },
} as const satisfies Record<string, Counted>;

/** "3 questions", « 1 réponse »: a counted phrase of the quiz in the language. */
export function tc(lang: Language, key: keyof typeof COUNTED, n: number): string {
  return countOf(lang, n, COUNTED[key]);
}

/** A quiz UI string in the given language, with `{name}` placeholders filled from `vars`. */
export function tq(
  lang: Language,
  key: QuizStringKey,
  vars: Record<string, string | number> = {},
): string {
  return fill(STRINGS[lang][key], vars);
}

/** A template with `{name}` placeholders filled from `vars`; unknown names stay as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
