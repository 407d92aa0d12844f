// Why `newsquiz import` leaves a question out, said at its line. `{answers}`, `{#value}` and
// such are GIFT's own syntax, not placeholders: no message is given variables of those names.
export const imports = {
  // The formats whose name is a phrase of the language (interchange/*/about.ts `title`).
  "format.anki": "texte Anki",
  "format.json": "JSON de newsquiz",
  "gift.blank-inside":
    "ligne vide dans les réponses ouvertes à la ligne {line} ; attendu } avant toute ligne vide (une ligne vide termine une question)",
  "gift.title-open": "le titre ouvert par :: n'est pas fermé ; attendu ::titre:: avant la question",
  "gift.template":
    "{text} ressemble à un champ de modèle, pas à des réponses GIFT ; attendu {answers}, ou \\{ pour une accolade littérale",
  "gift.stray-close": "} sans { avant elle ; attendu {answers}, ou \\} pour une accolade littérale",
  "gift.unclosed":
    "aucune } ne ferme les réponses ; attendu {answers} (une accolade littérale s'écrit \\{)",
  "gift.nested":
    "{ dans les réponses ; attendu un seul bloc {answers} (une accolade littérale s'écrit \\{)",
  "gift.no-text": "pas de texte de question ; attendu la question avant {answers}",
  "gift.before-first-choice":
    "{text} précède le premier choix ; attendu chaque choix après un ~ ou un =",
  "gift.before-first-answer":
    "{text} précède la première réponse ; attendu chaque réponse après un =",
  "gift.before-first-pair": "{text} précède la première paire ; attendu chaque paire après un =",
  "gift.empty-choice": "le choix {n} est vide ; attendu son texte après {marker}",
  "gift.empty-choice-hash":
    "le choix {n} est vide : le # après {marker} ouvre son commentaire ; attendu son texte avant #, ou \\# pour un # littéral",
  "gift.empty-answer": "une réponse est vide ; attendu son texte après {marker}",
  "gift.empty-answer-hash":
    "une réponse est vide : le # après {marker} ouvre son commentaire ; attendu son texte avant #, ou \\# pour un # littéral",
  "gift.weight": "le poids {weight} % sort des limites ; attendu de {min} % à 100 %",
  "gift.one-choice": "un seul choix ; attendu au moins deux choix (~faux =juste)",
  "gift.no-correct":
    "aucun choix juste ; attendu un choix marqué = ou des choix de %poids% positif",
  "gift.no-marks-answer":
    "aucune réponse ne rapporte de points ; attendu au moins une =réponse sans %0%",
  "gift.pair-no-arrow": "la paire {text} n'a pas de -> ; attendu =gauche -> droite",
  "gift.pair-empty-right": "une paire sans rien après -> ; attendu =gauche -> droite",
  "gift.few-pairs": "moins de deux paires ; attendu au moins deux =gauche -> droite",
  "gift.third-hash":
    "un troisième # après vrai/faux ; attendu deux commentaires au plus (faux, puis juste), ou \\# pour un # littéral",
  "gift.no-number": "aucun nombre ; attendu {#valeur}, {#valeur:tolérance} ou {#min..max}",
  "gift.no-marks-number":
    "aucune réponse ne rapporte de points ; attendu au moins un nombre sans %0%",
  "gift.not-range":
    "{text} n'est pas un intervalle de nombres ; attendu {#valeur}, {#valeur:tolérance} ou {#min..max}",
  "gift.backwards": "l'intervalle {min}..{max} est à l'envers ; attendu min..max avec min ≤ max",
  "gift.not-number":
    "{text} n'est pas un nombre ; attendu {#valeur}, {#valeur:tolérance} ou {#min..max}",
  "gift.negative-tolerance":
    "la tolérance {tolerance} est négative ; attendu une marge de 0 ou plus",
  "gift.second-block":
    "un second bloc {answers} après une ligne qui finit par } ; attendu une ligne vide entre les questions (une question à plusieurs trous a du texte après chaque } de sa ligne)",
  "gift.blank-truefalse":
    "le trou {n} est un vrai/faux ; attendu des choix, des réponses courtes ou un nombre dans chaque {…} d'une question à plusieurs trous",
  "gift.blank-kind":
    "le trou {n} est un bloc {type} ; attendu des choix, des réponses courtes ou un nombre dans chaque {…} d'une question à plusieurs trous",
  "aiken.no-answer-next":
    "la question {prompt} n'a pas de ligne ANSWER: ; attendu ANSWER: et la lettre du bon choix avant la question suivante (ligne {line})",
  "aiken.no-answer-end":
    "la question {prompt} n'a pas de ligne ANSWER: ; attendu ANSWER: et la lettre du bon choix à la fin du fichier",
  "aiken.orphan-choice":
    "le choix {choice} précède toute question ; attendu la question sur la ligne au-dessus de ses choix",
  "aiken.orphan-answer":
    "ANSWER: sans question avant lui ; attendu d'abord une ligne de question et ses choix",
  "aiken.few-choices": {
    one: "la question {prompt} a # choix ; attendu au moins deux (A) …, B) …) avant ANSWER: à la ligne {line}",
    other:
      "la question {prompt} a # choix ; attendu au moins deux (A) …, B) …) avant ANSWER: à la ligne {line}",
  },
  "aiken.no-such-letter":
    "ANSWER: {letter} ne désigne aucun choix ; attendu l'une des lettres {letters}",
  "anki.cloze":
    "une note de type {type} ; attendu des notes Basic (recto, verso) : les textes à trous d'Anki ne sont pas lus",
  "anki.empty-front":
    "une note au recto vide ; attendu un recto et un verso séparés par {separator}",
  "anki.empty-back":
    "une note au verso vide ; attendu un recto et un verso séparés par {separator}",
  "anki.separator.tab": "une tabulation",
  "anki.separator.comma": "une virgule",
  "anki.separator.semicolon": "un point-virgule",
  "anki.separator.space": "une espace",
  "anki.separator.pipe": "une barre verticale",
  "anki.separator.colon": "un deux-points",
  "json.syntax": "erreur de syntaxe JSON à {near} ; attendu du JSON valide",
  "json.unreadable": "{reason} ; attendu du JSON que l'analyseur sait lire",
  "json.no-questions": 'aucune question ; attendu { "questions": [ … ] } ou une liste de questions',
  "json.not-object": 'une question qui n\'est pas un objet ; attendu { "type", "prompt", … }',
  "xml.malformed": "{reason} ; attendu du XML bien formé",
  "xml.no-quiz": "pas d'élément <quiz> ; attendu du XML Moodle : <quiz><question …>",
  "xml.type": "une question de type {type} ; attendu l'un de : {types}",
  "xml.few-answers": "moins de deux réponses ; attendu au moins deux éléments <answer>",
  "xml.no-right-single": 'aucune bonne réponse ; attendu une <answer fraction="100">',
  "xml.no-right-multiple": "aucune bonne réponse ; attendu une <answer> de fraction positive",
  "xml.truefalse": 'attendu deux réponses, "true" et "false", dont une avec fraction="100"',
  "xml.no-marks":
    "aucune réponse ne rapporte de points ; attendu une <answer> de fraction positive",
  "xml.not-number": "{text} n'est pas un nombre ; attendu un nombre dans chaque <answer>",
  "xml.no-number": "aucun nombre ; attendu une <answer> qui contient un nombre",
  "xml.few-pairs":
    "moins de deux paires ; attendu au moins deux éléments <subquestion>, chacun avec son <answer>",
  "xml.few-items": "moins de deux éléments ; attendu au moins deux éléments <answer>",
  "xml.no-blank":
    "aucun trou dans le texte ; attendu {1:SHORTANSWER:=réponse} ou une autre des réponses intégrées de Moodle",
  "xml.blank-open": "{text} n'est pas fermé ; attendu } à la fin du trou",
  "xml.blank-not-number":
    "trou {n} : {text} n'est pas un nombre ; attendu valeur ou valeur:tolérance",
  "xml.blank-no-full-marks":
    "trou {n} : aucune réponse ne rapporte tous les points ; attendu une réponse marquée = ou %100%",
  "xml.blank-few-choices": "trou {n} : moins de deux choix ; attendu choix~choix",
  "xml.blank-no-right":
    "trou {n} : aucun bon choix ; attendu un choix marqué = ou de %poids% positif",
} as const;
