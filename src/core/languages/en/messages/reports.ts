import type { Translation } from "../../../i18n/messages/translation.js";
import { regularPlural } from "../../../i18n/plural-forms.js";
import type { reports as fr } from "../../fr/messages/reports.js";

// What the commands that write files say they did: `add`, `import`, `export`, `new`, `lint`.
export const reports = {
  "report.created": "{file}: created with {articles}: {facts}{confirmed}",
  "report.extended": "{file}: extended with {articles}: {facts}{confirmed}",
  "report.confirmed": {
    one: "; # fact already there confirmed",
    other: "; # facts already there confirmed",
  },
  "report.nothing-new": "{file}: nothing new to add",
  "report.already-in": "{ref}: already in {file}, skipped",
  "report.to-review": "{n} facts to review: newsquiz triage {id}",
  "report.review-now": "{n} facts to review — review now? [Y/n] ",
  "report.later": "Later: newsquiz triage {id}",
  "report.imported": {
    one: "imported # question into {file}{skipped}",
    other: "imported # questions into {file}{skipped}",
  },
  "report.import-skipped": { other: ", # skipped" },
  "report.exported": {
    one: "exported {n} of {questions} to {file}",
    other: "exported {n} of {questions} to {file}",
  },
  "report.saved": "saved {file} ({added})",
  "report.nothing-added": "nothing added",
  "report.lint-ok":
    "{file}: ok ({events} events, {claims} claims, {quotes} quotes, {questions} questions){review}",
  "report.lint-review": "; {n} facts await review (newsquiz triage {dir})",
  "report.lint-errors": "{errors} in {packs}",
  "n.articles": regularPlural("# article"),
  "n.people-orgs": { one: "# person or organisation", other: "# people and organisations" },
  "n.errors": regularPlural("# error"),
} satisfies Translation<typeof fr>;
