// What `newsquiz export` says a format could not keep of a question, one line per question.
// Format names (GIFT, Moodle XML) and a pack's type names (essay) are said as they are written.
export const exportNotes = {
  "export.cannot-hold": "ignorée : {format} ne peut pas écrire les questions de type {type}",
  "export.sources":
    "ses sources et ses faits ne sont pas écrits ({format} ne peut pas les contenir ; JSON le peut)",
  "export.language":
    "sa langue n'est pas écrite ({format} n'a pas de place pour elle ; JSON en a une)",
  "export.range":
    "un intervalle min..max est écrit comme son milieu ± sa demi-largeur (Moodle n'a pas d'intervalles)",
  "export.case-sensitive":
    "la distinction des majuscules n'est pas écrite (GIFT n'a pas de place pour elle)",
  "export.gift.penalty":
    "sa pénalité n'est pas écrite (GIFT n'a pas de place pour elle ; Moodle XML en a une)",
  "export.gift.arrow-left": "le côté gauche « {left} » contient ->, que GIFT ne sait pas échapper",
  "export.gift.arrow-answer": "la réponse « {text} » contient ->, que Moodle lit comme une paire",
  "export.gift.description":
    "son explication n'est pas écrite (une description GIFT n'a pas de commentaire)",
  "export.gift.cloze-moodle":
    "l'import GIFT de Moodle lit un seul trou par question : utilisez Moodle XML pour Moodle",
  "export.gift.one-blank":
    "une question à un seul trou est écrite comme une question à mot manquant",
  "export.gift.blank-marks":
    "les points de ses trous ne sont pas écrits (GIFT n'a pas de place pour eux)",
  "export.gift.blank-shown":
    "la présentation de ses choix n'est pas écrite (GIFT n'a pas de place pour elle)",
  "export.aiken.single-only":
    "ignorée : Aiken ne contient que des questions à choix unique, pas {type}",
  "export.aiken.one-answer":
    "ignorée : Aiken a une seule lettre ANSWER:, et cette question a plusieurs bons choix",
  "export.aiken.prompt":
    "ignorée : son énoncé se lirait comme un choix ou une ligne ANSWER: en Aiken",
  "export.aiken.letters": "ignorée : Aiken contient au plus {max} choix",
  "export.aiken.left-out": "laissé de côté : {fields} (Aiken n'a pas de place pour eux)",
  "export.field.title": "le titre",
  "export.field.explanation": "l'explication",
  "export.field.feedback": "les commentaires",
  "export.field.weights": "les poids",
  // A list said in the language: `{first}, {rest}`, `rest` being a list itself.
  "export.list": "{first}, {rest}",
  "export.anki.essay":
    "ignorée : une rédaction sans explication n'a pas de réponse à mettre au verso d'une carte",
  "export.anki.description":
    "ignorée : une description n'a pas de réponse à mettre au verso d'une carte",
  "export.anki.same-front":
    "son recto est celui de {twin} : Anki prend les notes de même premier champ pour une seule, et n'en garde qu'une",
  "export.questions": "{questions} ({ids})",
};
