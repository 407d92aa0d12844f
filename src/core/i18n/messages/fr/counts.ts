// Counted phrases (see plural.ts): msg() picks the form for the variable `n`, and `#`
// stands for that number.
export const counts = {
  "n.answers": { one: "# réponse", other: "# réponses" },
  "n.answered": { one: "# répondue", other: "# répondues" },
  "n.answered-questions": { one: "# question répondue", other: "# questions répondues" },
  "n.sessions": { one: "# séance", other: "# séances" },
  "n.packs": { one: "# pack", other: "# packs" },
  "n.facts": { one: "# fait", other: "# faits" },
  "n.questions": { one: "# question", other: "# questions" },
  "n.days": { one: "# jour", other: "# jours" },
  "n.sources": { one: "# source", other: "# sources" },
  "n.entities": { one: "# entité", other: "# entités" },
  "n.events": { one: "# événement", other: "# événements" },
  "n.claims": { one: "# chiffre", other: "# chiffres" },
  "n.quotes": { one: "# citation", other: "# citations" },
  "n.accepted": { one: "# accepté", other: "# acceptés" },
  "n.rejected": { one: "# rejeté", other: "# rejetés" },
  "n.edited": { one: "# corrigé", other: "# corrigés" },
  "n.skipped-facts": { one: "# fait passé reste", other: "# faits passés restent" },
  "quiz.sources-label": { one: "Source", other: "Sources" },
} as const;
