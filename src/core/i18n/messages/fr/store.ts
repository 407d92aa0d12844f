// What the progress store says when its folder cannot be read or written, and why.
export const store = {
  "store.write-failed":
    "impossible d'enregistrer la progression dans {dir} ({reason}) ; le quiz continue sans l'enregistrer",
  "store.read-failed":
    "impossible de lire la progression dans {dir} ({reason}) ; on continue sans elle",
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
