import { regularPlural } from "../../../i18n/plural-forms.js";
// Counted phrases (see plural.ts): msg() picks the form for the variable `n`, and `#`
// stands for that number.
export const counts = {
  "n.answers": regularPlural("# réponse"),
  "n.answered": regularPlural("# répondue"),
  "n.answered-questions": { one: "# question répondue", other: "# questions répondues" },
  "n.sessions": regularPlural("# séance"),
  "n.packs": regularPlural("# paquet"),
  "n.facts": regularPlural("# fait"),
  "n.questions": regularPlural("# question"),
  "n.days": regularPlural("# jour"),
  "n.sources": regularPlural("# source"),
  "n.entities": regularPlural("# entité"),
  "n.events": regularPlural("# événement"),
  "n.claims": regularPlural("# chiffre"),
  "n.quotes": regularPlural("# citation"),
  "n.accepted": regularPlural("# accepté"),
  "n.rejected": regularPlural("# rejeté"),
  "n.edited": regularPlural("# corrigé"),
  "n.skipped-facts": { one: "# fait passé reste", other: "# faits passés restent" },
  "quiz.sources-label": regularPlural("Source"),
} as const;
