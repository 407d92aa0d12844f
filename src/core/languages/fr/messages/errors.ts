// What the errors of every command say (UserError and UsageError, src/errors.ts), and what
// goes into them. Paths and URLs lead, as `fichier : ce qui ne va pas ; ce qui était attendu`.
export const errors = {
  "error.unexpected": "erreur inattendue : {message}",
  "error.debug-hint": "relancez avec DEBUG=newsquiz pour voir où elle s'est produite",
  "error.unknown-command": "commande inconnue « {word} » (vouliez-vous dire {hint} ?)",
  "error.unknown-command-list": "commande inconnue « {word} » ; les commandes sont : {commands}",
  "error.lang-flag":
    "--lang : « {flag} » n'est pas une langue que newsquiz parle ; attendu fr ou en",
  "error.published-for-articles":
    "--published et --lang s'appliquent à des articles, pas à un paquet",
  "error.not-an-article":
    "{ref} : ce n'est pas un article ; attendu des articles (fichiers ou URL : texte, Markdown, HTML) ou un seul paquet",
  "error.published": "--published « {value} » : attendu une date comme 2023-11-21",
  "error.timeout": "--timeout « {value} » : attendu un nombre de secondes entre 0 et 600",
  "error.whole-number": "{flag} : « {text} » n'est pas un nombre entier d'au moins {min}",
  "error.url.no-answer": "{url} : pas de réponse en {seconds} s",
  "error.url.cannot-connect": "{url} : connexion impossible ({code})",
  "error.url.cannot-download": "{url} : téléchargement impossible ({reason})",
  "error.url.redirects":
    "{url} : plus de {max} redirections ; attendu la page en {max} redirections au plus",
  "error.url.status": "{url} : le serveur a répondu {status} {statusText} ; attendu la page",
  "error.url.content-type": "{url} : type de contenu « {type} » ; attendu une page HTML ou texte",
  "error.url.no-type": "aucun",
  "error.url.charset":
    "{url} : jeu de caractères « {charset} » inconnu ; attendu UTF-8 ou un autre encodage courant",
  "error.url.invalid": "{url} : ce n'est pas une URL valide",
  "error.url.protocol": "{url} : les URL {protocol} ne sont pas lues ; attendu http ou https",
  "error.url.more-than": "{url} : plus de {max} octets ; attendu {max} octets au plus",
  "error.too-large": "{what} : {size} octets ; attendu {max} octets au plus",
  "error.is-folder": "{file} : c'est un dossier ; attendu un fichier",
  "error.cannot-read": "{file} : lecture impossible ({code})",
  "error.binary": "{file} : fichier binaire ; attendu du texte UTF-8",
  "error.not-utf8":
    "{file} : ce n'est pas de l'UTF-8 valide ; attendu du texte UTF-8 (convertissez-le avec iconv)",
  "error.no-article-text": "{ref} : aucun texte d'article trouvé dans cette page",
  "error.no-pack-file": "{ref} : pas de {file} dans ce dossier",
  "error.no-pack":
    "aucun paquet ne s'appelle « {ref} » ; attendu l'id d'un paquet ou le chemin d'un {file}",
  "error.no-pack-known":
    "aucun paquet ne s'appelle « {ref} » ; attendu l'id d'un paquet ({known}) ou le chemin d'un {file}",
  // What only English says yet (a pack's issues, a parser library's words), passed as it is.
  "error.verbatim": "{text}",
  "error.invalid-pack": "paquet invalide",
  "error.review-invalid":
    "{file} : ces décisions ne donneraient pas un paquet valide ; rien n'a été écrit",
  "error.config.unknown-hint": "réglage inconnu « {key} » ; vouliez-vous dire « {hint} » ?",
  "error.config.unknown": "réglage inconnu « {key} » ; attendu l'un de : {keys}",
  "error.config.not-saved": "le réglage n'a pas pu être enregistré dans {file}",
  "error.config.lang":
    "lang : « {value} » n'est pas une langue que newsquiz parle ; attendu fr, en ou auto",
  "error.config.certainty": "certainty : « {value} » n'est ni on ni off ; attendu on ou off",
  "error.new.builtin":
    "{pack} est un paquet intégré ; attendu un paquet à vous (newsquiz new en crée un)",
  "error.new.no-terminal": "newsquiz new pose des questions ; attendu un terminal",
  "error.review.cram-missed": "--cram et --missed ne vont pas ensemble ; choisissez l'un des deux",
  "error.review.at-alone":
    "--at montre la révision à un autre moment ; utilisez-le avec --list ou --json (les réponses se donnent maintenant)",
  "error.review.at-date":
    "--at : « {text} » n'est pas une date ; attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (comme 2024-03-16T09:00)",
  "error.add.fix-first": "{file} : corrigez ce paquet avant d'y ajouter (newsquiz lint {id})",
  "error.add.pack-id":
    "--pack « {id} » : attendu un id fait de minuscules, de chiffres et de tirets, comme greve-acme",
  "error.add.invalid": "{file} : le paquet complété ne serait pas valide ; rien n'a été écrit",
  "error.add.builtin":
    "« {id} » est un paquet intégré, qui ne change pas ; attendu un autre id, comme --pack {id}-notes",
  "error.export.format": "quel format ? attendu --format {formats} ou {last}",
  "error.import.unknown-format":
    "{file} : ce n'est pas un fichier de questions que newsquiz lit : on dirait {content} ; attendu {formats} (--format {flags} le lit comme tel)",
  "error.import.nothing":
    "{file} : aucune question n'a pu être importée ; attendu des questions {format}",
  "error.import.pack-id":
    "--pack {ref} n'est pas un id de paquet ; attendu des minuscules, des chiffres et des tirets",
  "error.import.pack-id-like":
    "--pack {ref} n'est pas un id de paquet ; attendu des minuscules, des chiffres et des tirets, comme {slug}",
  "error.import.strict": {
    one: "rien n'a été importé : # question mal formée et --strict",
    other: "rien n'a été importé : # questions mal formées et --strict",
  },
  "error.import.builtin":
    "{ref} est un paquet intégré ; attendu un paquet à vous (--pack mon-paquet en crée un)",
  "error.triage.builtin":
    "« {id} » est un paquet intégré, qui ne change pas ; ses faits ont été écrits par l'équipe de newsquiz",
  "looks.empty": "un fichier vide",
  "looks.html": "une page HTML",
  "looks.qti": "du XML QTI (pas du XML Moodle)",
  "looks.xml": "du XML sans l'élément <quiz> de Moodle",
  "looks.tabs":
    "du texte séparé par des tabulations, comme un export Anki sans son en-tête #separator:tab",
  "looks.csv": "du texte séparé par des virgules (CSV)",
  "looks.plain": "du texte sans question dans aucun des formats que newsquiz lit",
} as const;
