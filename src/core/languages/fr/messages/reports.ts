import { regularPlural } from "../../../i18n/plural-forms.js";
// What the commands that write files say they did: `add`, `import`, `export`, `new`, `lint`.
// Counts that are only numbers are written « étiquette : N », which needs no plural.
export const reports = {
  "report.created": "{file} : créé avec {articles} : {facts}{confirmed}",
  "report.extended": "{file} : complété avec {articles} : {facts}{confirmed}",
  "report.confirmed": { one: " ; # fait déjà là confirmé", other: " ; # faits déjà là confirmés" },
  "report.nothing-new": "{file} : rien de nouveau à ajouter",
  "report.already-in": "{ref} : déjà dans {file}, laissé de côté",
  "report.to-review": "faits à revoir : {n} — newsquiz triage {id}",
  "report.review-now": "faits à revoir : {n} — les revoir maintenant ? [O/n] ",
  "report.later": "Plus tard : newsquiz triage {id}",
  "report.imported": {
    one: "# question importée dans {file}{skipped}",
    other: "# questions importées dans {file}{skipped}",
  },
  "report.import-skipped": { one: ", # laissée de côté", other: ", # laissées de côté" },
  "report.exported": {
    one: "{n} sur {questions} exportée vers {file}",
    other: "{n} sur {questions} exportées vers {file}",
  },
  "report.saved": "{file} enregistré ({added})",
  "report.nothing-added": "rien d'ajouté",
  "report.lint-ok":
    "{file} : valide (événements : {events}, chiffres : {claims}, citations : {quotes}, questions : {questions}){review}",
  "report.lint-review": " ; faits à revoir : {n} (newsquiz triage {dir})",
  "report.lint-errors": "{errors} dans {packs}",
  "n.articles": regularPlural("# article"),
  "n.people-orgs": { one: "# personne ou organisation", other: "# personnes et organisations" },
  "n.errors": regularPlural("# erreur"),
} as const;
