// What the progress store says when its folder cannot be read or written, and why.
export const store = {
  "store.write-failed":
    "impossible d'enregistrer la progression dans {dir} ({reason}) ; le quiz continue sans l'enregistrer",
  "store.read-failed":
    "impossible de lire la progression dans {dir} ({reason}) ; on continue sans elle",
  // What the store says of a damaged or unknown file in its folder. French needs no agreement
  // with the records' noun: `{noun}` is one record's, `{nouns}` several's.
  "store.one.answers": "réponse",
  "store.many.answers": "réponses",
  "store.one.flags": "signalement",
  "store.many.flags": "signalements",
  "store.one.sessions": "séance",
  "store.many.sessions": "séances",
  "store.log.foreign":
    "{file} n'est pas un journal de {nouns} de newsquiz ; il est mis de côté sous le nom {aside} et un nouveau est commencé",
  "store.log.foreign-stuck":
    "{file} n'est pas un journal de {nouns} de newsquiz et n'a pas pu être mis de côté ({reason}) ; il est laissé tel quel et rien de nouveau n'y est enregistré",
  "store.log.newer":
    "{file} : {n} {nouns} viennent d'un newsquiz plus récent, et on n'y touche pas ; mettez newsquiz à jour pour les compter",
  "store.damage.cut":
    "la ligne {line} est coupée (une exécution s'est arrêtée en l'écrivant) et est ignorée",
  "store.damage.one": "le texte illisible de la ligne {line} est ignoré",
  "store.damage.many": "le texte illisible de {n} lignes ({lines}) est ignoré",
  "store.damage.more": "{shown} et {more} autres",
  "store.damage.kept": {
    one: "{file} : {what} ; on garde {n} {noun}",
    other: "{file} : {what} ; on garde {n} {nouns}",
  },
  "store.damage.kept-aside": {
    one: "{file} : {what} ; on garde {n} {noun} ; le texte ignoré est dans {aside}",
    other: "{file} : {what} ; on garde {n} {nouns} ; le texte ignoré est dans {aside}",
  },
  "store.what.interrupted": "de quiz inachevé enregistré",
  "store.what.settings": "de réglages de newsquiz",
  "store.json.foreign": "{file} ne contient pas {what} ; il est mis de côté sous le nom {aside}",
  "store.json.foreign-stuck":
    "{file} ne contient pas {what} et n'a pas pu être mis de côté ({reason}) ; il est laissé tel quel",
  "store.settings.kept": "{file} est laissé tel quel ; les réglages ne sont pas enregistrés",
  "store.malformed.answer": "la réponse à « {question} » est mal formée et n'a pas été enregistrée",
  "store.malformed.flag":
    "le signalement de « {question} » est mal formé et n'a pas été enregistré",
  "store.malformed.session": "le score du quiz « {id} » est mal formé et n'a pas été enregistré",
  "fs.reason": "{reason}, {code}",
  "fs.ENOSPC": "le disque est plein",
  "fs.EDQUOT": "le quota du disque est épuisé",
  "fs.EROFS": "le système de fichiers est en lecture seule",
  "fs.EACCES": "permission refusée",
  "fs.EPERM": "permission refusée",
  "fs.ENOTDIR": "une partie du chemin n'est pas un dossier",
  "fs.EISDIR": "c'est un dossier",
  "fs.EIO": "erreur d'entrée-sortie",
  "fs.EFBIG": "le fichier est trop gros",
  "fs.EMFILE": "trop de fichiers ouverts",
  "fs.EEXIST": "un fichier est dans le chemin",
};
