import type { Translation } from "../../../i18n/messages/translation.js";
import type { errors as fr } from "../../fr/messages/errors.js";

// What the errors of every command say (UserError and UsageError, src/errors.ts), and what
// goes into them. Paths and URLs lead, as `file: what is wrong; what was expected`.
export const errors = {
  "error.unexpected": "unexpected error: {message}",
  "error.debug-hint": "run again with DEBUG=newsquiz to see where it happened",
  "error.unknown-command": "unknown command '{word}' (did you mean {hint}?)",
  "error.unknown-command-list": "unknown command '{word}'; expected one of: {commands}",
  "error.lang-flag": '--lang: "{flag}" is not a language newsquiz speaks; expected fr or en',
  "error.published-for-articles": "--published and --lang apply to article files, not to a pack",
  "error.not-an-article":
    "{ref}: not an article file; expected article files or URLs (text, Markdown, HTML), or a single pack",
  "error.published": '--published "{value}": expected a date such as 2023-11-21',
  "error.timeout": '--timeout "{value}": expected a number of seconds between 0 and 600',
  "error.whole-number": '{flag}: "{text}" is not a whole number of at least {min}',
  "error.url.no-answer": "{url}: no answer within {seconds} s",
  "error.url.cannot-connect": "{url}: cannot connect ({code})",
  "error.url.cannot-download": "{url}: cannot download ({reason})",
  "error.url.redirects": "{url}: more than {max} redirects; expected the page within {max}",
  "error.url.status": "{url}: the server answered {status} {statusText}; expected the page",
  "error.url.content-type": '{url}: content type "{type}"; expected an HTML or text page',
  "error.url.no-type": "none",
  "error.url.charset":
    '{url}: unknown charset "{charset}"; expected UTF-8 or another common encoding',
  "error.url.invalid": "{url}: not a valid URL",
  "error.url.protocol": "{url}: {protocol} URLs are not read; expected http or https",
  "error.url.more-than": "{url}: more than {max} bytes; expected at most {max}",
  "error.too-large": "{what}: {size} bytes; expected at most {max}",
  "error.is-folder": "{file}: is a folder; expected a file",
  "error.cannot-read": "{file}: cannot read ({code})",
  "error.binary": "{file}: binary file; expected UTF-8 text",
  "error.not-utf8": "{file}: not valid UTF-8; expected UTF-8 text (convert it with iconv)",
  "error.no-article-text": "{ref}: no article text found in this page",
  "error.no-pack-file": "{ref}: no {file} in this folder",
  "error.no-pack": 'no pack named "{ref}"; expected a pack id or the path of a {file}',
  "error.no-pack-known":
    'no pack named "{ref}"; expected a pack id ({known}) or the path of a {file}',
  // What only English says yet (a pack's issues, a parser library's words), passed as it is.
  "error.verbatim": "{text}",
  "error.invalid-pack": "invalid pack",
  "error.review-invalid": "{file}: the decisions would not make a valid pack; nothing was written",
  "error.config.unknown-hint": 'unknown setting "{key}"; did you mean "{hint}"?',
  "error.config.unknown": 'unknown setting "{key}"; expected one of: {keys}',
  "error.config.not-saved": "the setting could not be saved in {file}",
  "error.config.lang": 'lang: "{value}" is not a language newsquiz speaks; expected fr, en or auto',
  "error.config.certainty": 'certainty: "{value}" is not on or off; expected on or off',
  "error.new.builtin":
    "{pack} is a built-in pack; expected a pack of your own (newsquiz new makes one)",
  "error.new.no-terminal": "newsquiz new asks questions; expected a terminal",
  "error.review.cram-missed": "--cram and --missed cannot be used together; choose one",
  "error.review.at-alone":
    "--at shows the review as of another moment; use it with --list or --json (answers are given now)",
  "error.review.at-date":
    '--at: "{text}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM (such as 2024-03-16T09:00)',
  "error.add.fix-first": "{file}: fix this pack before adding to it (newsquiz lint {id})",
  "error.add.pack-id":
    '--pack "{id}": expected an id of lowercase letters, digits and dashes, such as greve-acme',
  "error.add.invalid": "{file}: the extended pack would not be valid; nothing was written",
  "error.add.builtin":
    '"{id}" is a built-in pack and is not changed; expected another id, such as --pack {id}-notes',
  "error.export.format": "which format? expected --format {formats} or {last}",
  "error.import.unknown-format":
    "{file}: not a question file newsquiz reads: it looks like {content}; expected {formats} (--format {flags} reads it as one)",
  "error.import.nothing": "{file}: no question could be imported; expected {format} questions",
  "error.import.pack-id":
    "--pack {ref} is not a pack id; expected lowercase letters, digits and dashes",
  "error.import.pack-id-like":
    "--pack {ref} is not a pack id; expected lowercase letters, digits and dashes, such as {slug}",
  "error.import.strict": {
    one: "nothing imported: # malformed question and --strict",
    other: "nothing imported: # malformed questions and --strict",
  },
  "error.import.builtin":
    "{ref} is a built-in pack; expected a pack of your own (--pack my-pack makes one)",
  "error.triage.builtin":
    '"{id}" is a built-in pack and is not changed; its facts were written by the newsquiz team',
  "looks.empty": "an empty file",
  "looks.html": "an HTML page",
  "looks.qti": "QTI XML (not Moodle XML)",
  "looks.xml": "XML without Moodle's <quiz> element",
  "looks.tabs": "tab-separated text, such as an Anki export without its #separator:tab header",
  "looks.csv": "comma-separated text (CSV)",
  "looks.plain": "plain text with no question in any format newsquiz reads",
} satisfies Translation<typeof fr>;
