import type { CliHelp, CommanderRule } from "../about-types.js";

// `--help` and commander's own messages in French. cli.ts writes every text in English, once;
// this table is keyed by the English text, so that cli.ts stays one list of commands. A text
// missing here is shown in English (tests/cli/help-french.test.ts names each one).
const TEXTS: Readonly<Record<string, string>> = {
  "Turn news articles into facts, summaries and quizzes in the terminal.":
    "Des articles d'actualité aux faits, résumés et quiz, dans le terminal.",
  "print the version": "afficher la version",
  "show help": "afficher l'aide",
  "display help for command": "afficher l'aide d'une commande",
  "language of the screens": "langue des écrans",
  "list the facts of a pack, or read them from article files or pages":
    "lister les faits d'un paquet, ou les lire dans des articles (fichiers ou pages)",
  "a pack id or pack.yaml path, or article files / URLs (text, Markdown, HTML)":
    "l'id d'un paquet ou le chemin d'un pack.yaml, ou des articles / URL (texte, Markdown, HTML)",
  "print the facts as JSON": "afficher les faits en JSON",
  "language of the articles": "langue des articles",
  "publication date of the articles, anchors « vendredi » (2023-11-21)":
    "date de publication des articles, qui situe « vendredi » (2023-11-21)",
  "give up downloading a page after this many seconds":
    "abandonner le téléchargement d'une page après ce nombre de secondes",
  "read articles (files or URLs) into a pack, as extracted facts to review":
    "lire des articles (fichiers ou URL) dans un paquet, en faits extraits à relire",
  "article files (text, Markdown, HTML) or http(s) URLs":
    "des articles (texte, Markdown, HTML) ou des URL http(s)",
  "the pack to create or extend (default: from the first title)":
    "le paquet à créer ou à compléter (par défaut : d'après le premier titre)",
  "title of a new pack": "titre d'un nouveau paquet",
  "review a pack's extracted facts one at a time: accept, reject or edit each":
    "relire un à un les faits extraits d'un paquet, pour accepter, rejeter ou corriger chacun",
  "line mode instead of the full screen": "ligne à ligne au lieu du plein écran",
  "also go over the facts already reviewed": "repasser aussi sur les faits déjà relus",
  "language of the review (default: the pack's)":
    "langue de la relecture (par défaut : celle du paquet)",
  "summarise a pack or articles: what to retain, timeline, who's who, disagreements":
    "résumer un paquet ou des articles : l'essentiel, la chronologie, qui est qui, les divergences",
  "a pack id or pack.yaml path, or article files / URLs":
    "l'id d'un paquet ou le chemin d'un pack.yaml, ou des articles / URL",
  "print the summary as JSON": "afficher le résumé en JSON",
  "short (five sentences at most) or long": "court (cinq phrases au plus) ou long",
  "language to write in (default: the pack's)": "langue du texte (par défaut : celle du paquet)",
  "list the questions of a pack or articles: generated from facts, and hand-written":
    "lister les questions d'un paquet ou d'articles : tirées des faits, et écrites à la main",
  "print the questions as JSON": "afficher les questions en JSON",
  "same seed, same questions and choice order":
    "même graine, mêmes questions et même ordre des choix",
  "how many questions (default: all)": "combien de questions (par défaut : toutes)",
  "easy: far-off distractors; hard: near ones":
    "facile : des leurres éloignés ; difficile : des leurres proches",
  "validate packs; errors are printed as file:line:col: message":
    "vérifier des paquets ; les erreurs s'écrivent fichier:ligne:colonne: message",
  "pack ids or paths": "ids ou chemins de paquets",
  "quiz yourself on a pack (Ink screens; line mode without a terminal or with --plain)":
    "se tester sur un paquet (plein écran ; ligne à ligne sans terminal ou avec --plain)",
  "pack id or path to a pack.yaml (default: openai-2023-11)":
    "id d'un paquet ou chemin d'un pack.yaml (par défaut : openai-2023-11)",
  "how many questions (default: 10)": "combien de questions (par défaut : 10)",
  "same seed, same quiz (picked from the clock and printed when omitted)":
    "même graine, même quiz (tirée de l'horloge et affichée si absente)",
  "question difficulty": "difficulté des questions",
  "language of the interface and of generated questions (default: your setting, then the locale)":
    "langue de l'interface et des questions générées (par défaut : votre réglage, puis la locale)",
  "say how sure you are after each answer (certainty-based marking); default: your setting":
    "dire votre certitude après chaque réponse (notation de Moodle) ; par défaut : votre réglage",
  "no certainty this time, whatever your setting":
    "sans certitude cette fois, quel que soit votre réglage",
  "line prompts instead of the full-screen quiz":
    "des invites ligne à ligne au lieu du plein écran",
  "take up again the quiz you left unfinished (Ctrl-C, a closed terminal)":
    "reprendre le quiz laissé inachevé (Ctrl-C, terminal fermé)",
  "import GIFT, Moodle XML, Aiken, Anki or JSON questions into a pack (a new one unless --pack)":
    "importer des questions GIFT, Moodle XML, Aiken, Anki ou JSON dans un paquet (un nouveau, sauf --pack)",
  "a question file; its format is told from what it holds":
    "un fichier de questions ; son format se lit dans ce qu'il contient",
  "add to this pack (made if it does not exist)": "ajouter à ce paquet (créé s'il n'existe pas)",
  "read the file as this format": "lire le fichier dans ce format",
  "import nothing when any question is malformed":
    "ne rien importer si une question est mal formée",
  "write a pack's questions as GIFT, Moodle XML, Aiken, Anki (tab-separated) or JSON":
    "écrire les questions d'un paquet en GIFT, Moodle XML, Aiken, Anki (tabulations) ou JSON",
  "pack id or path to a pack.yaml": "id d'un paquet ou chemin d'un pack.yaml",
  "output format": "format de sortie",
  "write to this file instead of stdout": "écrire dans ce fichier plutôt que sur la sortie",
  "also export the questions generated from the pack's facts":
    "exporter aussi les questions tirées des faits du paquet",
  "seed for generated questions": "graine des questions générées",
  "write a pack by answering questions: sources, people, events, figures, quotes, questions":
    "écrire un paquet en répondant à des questions : sources, personnes, événements, chiffres, citations, questions",
  "add to this existing pack instead of making a new one":
    "ajouter à ce paquet au lieu d'en créer un",
  "your history: answers, accuracy by day, weakest kinds and facts, leeches, flags":
    "votre historique : réponses, réussite par jour, points faibles, sangsues, signalements",
  "print the statistics as JSON": "afficher les statistiques en JSON",
  "language of the text: fr or en (default: your setting, then the locale)":
    "langue du texte : fr ou en (par défaut : votre réglage, puis la locale)",
  "review what is due across packs, in order, each fact asked at the level it has reached":
    "réviser ce qui est à revoir dans tous les paquets, chaque fait au niveau qu'il a atteint",
  "every fact of a pack, whatever its due date, weakest first":
    "tous les faits d'un paquet, quelle que soit leur échéance, les moins sus d'abord",
  "what was missed in the last session of a pack":
    "ce qui a été raté à la dernière séance d'un paquet",
  "at most this many questions": "au plus ce nombre de questions",
  "show the review instead of asking it": "montrer la révision au lieu de la poser",
  "print the review as JSON instead of asking it":
    "afficher la révision en JSON au lieu de la poser",
  "with --list or --json: as of this moment (YYYY-MM-DDTHH:MM) or the end of this day (YYYY-MM-DD)":
    "avec --list ou --json : à cet instant (AAAA-MM-JJTHH:MM) ou à la fin de ce jour (AAAA-MM-JJ)",
  "seed of the generated questions (default: one per day)":
    "graine des questions générées (par défaut : une par jour)",
  "show or change a setting: lang (fr, en or auto), certainty (on or off)":
    "afficher ou changer un réglage : lang (fr, en ou auto), certainty (on ou off)",
  "the setting: lang or certainty": "le réglage : lang ou certainty",
  "its new value": "sa nouvelle valeur",
  "Usage:": "Utilisation :",
  "Arguments:": "Arguments :",
  "Options:": "Options :",
  "Commands:": "Commandes :",
  "Global Options:": "Options générales :",
  "Examples:": "Exemples :",
  "Progress is kept in $NEWSQUIZ_HOME/progress (else the platform's data folder).":
    "La progression est gardée dans $NEWSQUIZ_HOME/progress (sinon le dossier de données du système).",
  "Without a terminal, the questions are asked line by line, as newsquiz play does.":
    "Sans terminal, les questions sont posées ligne à ligne, comme le fait newsquiz play.",
};

const COMMANDER_ERRORS: readonly CommanderRule[] = [
  [/^unknown option '(.+)'/, "option inconnue « $1 »"],
  [/^missing required argument '(.+)'/, "argument obligatoire manquant : « $1 »"],
  [/^option '(.+)' argument missing/, "l'option « $1 » attend une valeur"],
  [
    /^too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\./,
    (count, _, command, expected, got) =>
      `trop d'arguments pour « ${command} » : ${count(Number(expected), "attendu", "attendus")}, ${count(Number(got), "donné", "donnés")}.`,
  ],
  [
    /^option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./,
    "l'option « $1 » n'accepte pas « $2 » ; valeurs possibles : $3.",
  ],
  [/^option '(.+)' argument '(.+)' is invalid\. (.+)/, "l'option « $1 » n'accepte pas « $2 » : $3"],
  // Said alone, or after the option's name once the rule above has put that in French.
  [/expected a whole number from (\d+)/, "un nombre entier à partir de $1 était attendu"],
  [/\(Did you mean (.+)\?\)/, "(vouliez-vous dire $1 ?)"],
];

export const cliHelp: CliHelp = {
  texts: TEXTS,
  // "[options]" reads the same in French; commander's "[command]" does not.
  usage: (text) => text.replace(/\[command\]/g, "[commande]"),
  extras: (text) =>
    text.replace(/\bdefault: /g, "par défaut : ").replace(/\bchoices: /g, "valeurs : "),
  commanderErrors: COMMANDER_ERRORS,
};
