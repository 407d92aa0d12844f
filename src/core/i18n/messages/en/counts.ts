import type { counts as fr } from "../fr/counts.js";
import type { Translation } from "../translation.js";

// Counted phrases (see plural.ts): msg() picks the form for the variable `n`, and `#`
// stands for that number.
export const counts = {
  "n.answers": { one: "# answer", other: "# answers" },
  "n.answered": { one: "# answered", other: "# answered" },
  "n.answered-questions": { one: "# question answered", other: "# questions answered" },
  "n.sessions": { one: "# session", other: "# sessions" },
  "n.packs": { one: "# pack", other: "# packs" },
  "n.facts": { one: "# fact", other: "# facts" },
  "n.questions": { one: "# question", other: "# questions" },
  "n.days": { one: "# day", other: "# days" },
  "n.sources": { one: "# source", other: "# sources" },
  "n.entities": { one: "# entity", other: "# entities" },
  "n.events": { one: "# event", other: "# events" },
  "n.claims": { one: "# figure", other: "# figures" },
  "n.quotes": { one: "# quote", other: "# quotes" },
  "n.accepted": { other: "# accepted" },
  "n.rejected": { other: "# rejected" },
  "n.edited": { other: "# edited" },
  "n.skipped-facts": { one: "# skipped fact", other: "# skipped facts" },
  "quiz.sources-label": { one: "Source", other: "Sources" },
} satisfies Translation<typeof fr>;
