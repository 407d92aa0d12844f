import type { Translation } from "../../../i18n/messages/translation.js";
import { regularPlural } from "../../../i18n/plural-forms.js";
import type { counts as fr } from "../../fr/messages/counts.js";

// Counted phrases (see plural.ts): msg() picks the form for the variable `n`, and `#`
// stands for that number.
export const counts = {
  "n.answers": regularPlural("# answer"),
  "n.answered": { one: "# answered", other: "# answered" },
  "n.answered-questions": { one: "# question answered", other: "# questions answered" },
  "n.sessions": regularPlural("# session"),
  "n.packs": regularPlural("# pack"),
  "n.facts": regularPlural("# fact"),
  "n.questions": regularPlural("# question"),
  "n.days": regularPlural("# day"),
  "n.sources": regularPlural("# source"),
  "n.entities": { one: "# entity", other: "# entities" },
  "n.events": regularPlural("# event"),
  "n.claims": regularPlural("# figure"),
  "n.quotes": regularPlural("# quote"),
  "n.accepted": { other: "# accepted" },
  "n.rejected": { other: "# rejected" },
  "n.edited": { other: "# edited" },
  "n.skipped-facts": regularPlural("# skipped fact"),
  "quiz.sources-label": regularPlural("Source"),
} satisfies Translation<typeof fr>;
