import type { Translation } from "../../../i18n/messages/translation.js";
import type { exportNotes as fr } from "../../fr/messages/export-notes.js";

// What `newsquiz export` says a format could not keep of a question, one line per question.
export const exportNotes = {
  "export.cannot-hold": "skipped: {type} questions cannot be written in {format}",
  "export.sources": "its sources and facts are not written ({format} cannot hold them; JSON can)",
  "export.language": "its language is not written ({format} has no place for it; JSON has)",
  "export.range":
    "a range min..max is written as its middle ± half its width (Moodle has no ranges)",
  "export.case-sensitive": "case-sensitive matching is not written (GIFT has no place for it)",
  "export.gift.penalty": "its penalty is not written (GIFT has no place for it; Moodle XML has)",
  "export.gift.arrow-left": 'left side "{left}" holds ->, which GIFT cannot escape',
  "export.gift.arrow-answer": 'answer "{text}" holds ->, which Moodle reads as a matching pair',
  "export.gift.description": "its explanation is not written (a GIFT description has no feedback)",
  "export.gift.cloze-moodle":
    "Moodle's GIFT importer reads one blank per question: use Moodle XML for Moodle",
  "export.gift.one-blank": "a cloze question with one blank is written as a missing-word question",
  "export.gift.blank-marks": "the marks of its blanks are not written (GIFT has no place for them)",
  "export.gift.blank-shown": "how its choices are shown is not written (GIFT has no place for it)",
  "export.aiken.single-only": "skipped: Aiken holds single-choice questions only, not {type}",
  "export.aiken.one-answer":
    "skipped: Aiken has one ANSWER: letter, and this question has several right choices",
  "export.aiken.prompt": "skipped: its prompt would read as a choice or an ANSWER: line in Aiken",
  "export.aiken.letters": "skipped: Aiken holds at most {max} choices",
  "export.aiken.left-out": "left out: {fields} (Aiken has no place for them)",
  "export.field.title": "title",
  "export.field.explanation": "explanation",
  "export.field.feedback": "feedback",
  "export.field.weights": "weights",
  "export.list": "{first}, {rest}",
  "export.anki.essay":
    "skipped: an essay without an explanation has no answer to put on the back of a card",
  "export.anki.description": "skipped: a description has no answer to put on the back of a card",
  "export.anki.same-front":
    "its front is the same as {twin}'s: Anki takes notes with the same first field for one, and keeps only one of them",
  "export.questions": "{questions} ({ids})",
} satisfies Translation<typeof fr>;
