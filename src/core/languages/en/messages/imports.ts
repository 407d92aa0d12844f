import type { Translation } from "../../../i18n/messages/translation.js";
import type { imports as fr } from "../../fr/messages/imports.js";

// Why `newsquiz import` leaves a question out, said at its line. `{answers}`, `{#value}` and
// such are GIFT's own syntax, not placeholders: no message is given variables of those names.
export const imports = {
  "format.anki": "Anki text",
  "format.json": "newsquiz JSON",
  "gift.blank-inside":
    "blank line inside the answers opened on line {line}; expected } before any blank line (a blank line ends a question)",
  "gift.title-open": "title opened with :: is not closed; expected ::title:: before the question",
  "gift.template":
    "{text} looks like a template placeholder, not GIFT answers; expected {answers}, or \\{ for a literal brace",
  "gift.stray-close": "} with no { before it; expected {answers}, or \\} for a literal brace",
  "gift.unclosed": "no } closes the answers; expected {answers} (escape a literal brace as \\{)",
  "gift.nested":
    "{ inside the answers; expected one {answers} block (escape a literal brace as \\{)",
  "gift.no-text": "no question text; expected the question before {answers}",
  "gift.before-first-choice":
    "{text} comes before the first choice; expected each choice to start with ~ or =",
  "gift.before-first-answer":
    "{text} comes before the first answer; expected each answer to start with =",
  "gift.before-first-pair":
    "{text} comes before the first pair; expected each pair to start with =",
  "gift.empty-choice": "choice {n} is empty; expected its text after {marker}",
  "gift.empty-choice-hash":
    "choice {n} is empty: the # after {marker} starts its feedback; expected its text before #, or \\# for a literal #",
  "gift.empty-answer": "an answer is empty; expected its text after {marker}",
  "gift.empty-answer-hash":
    "an answer is empty: the # after {marker} starts its feedback; expected its text before #, or \\# for a literal #",
  "gift.weight": "weight {weight}% is out of range; expected {min}% to 100%",
  "gift.one-choice": "only one choice; expected at least two choices (~wrong =right)",
  "gift.no-correct":
    "no correct choice; expected one choice marked = or choices with a positive %weight%",
  "gift.no-marks-answer": "no answer earns marks; expected at least one =answer without %0%",
  "gift.pair-no-arrow": "pair {text} has no ->; expected =left -> right",
  "gift.pair-empty-right": "a pair with nothing after ->; expected =left -> right",
  "gift.few-pairs": "fewer than two pairs; expected at least two =left -> right",
  "gift.third-hash":
    "a third # after true/false; expected at most two feedbacks (wrong, then right), or \\# for a literal #",
  "gift.no-number": "no number; expected {#value}, {#value:tolerance} or {#min..max}",
  "gift.no-marks-number": "no answer earns marks; expected at least one number without %0%",
  "gift.not-range":
    "{text} is not a range of numbers; expected {#value}, {#value:tolerance} or {#min..max}",
  "gift.backwards": "range {min}..{max} is backwards; expected min..max with min ≤ max",
  "gift.not-number": "{text} is not a number; expected {#value}, {#value:tolerance} or {#min..max}",
  "gift.negative-tolerance": "tolerance {tolerance} is negative; expected a margin of 0 or more",
  "gift.second-block":
    "a second {answers} block after a line that ends with }; expected a blank line between questions (a question with several blanks has text after each } on its line)",
  "gift.blank-truefalse":
    "blank {n} is true/false; expected choices, short answers or a number in each {…} of a question with several blanks",
  "gift.blank-kind":
    "blank {n} is a {type} block; expected choices, short answers or a number in each {…} of a question with several blanks",
  "aiken.no-answer-next":
    "question {prompt} has no ANSWER: line; expected ANSWER: and the letter of the right choice before the next question (line {line})",
  "aiken.no-answer-end":
    "question {prompt} has no ANSWER: line; expected ANSWER: and the letter of the right choice at the end of the file",
  "aiken.orphan-choice":
    "choice {choice} comes before any question; expected the question on the line above its choices",
  "aiken.orphan-answer":
    "ANSWER: with no question before it; expected a question line and its choices first",
  "aiken.few-choices": {
    one: "question {prompt} has # choice; expected at least two (A) …, B) …) before ANSWER: on line {line}",
    other:
      "question {prompt} has # choices; expected at least two (A) …, B) …) before ANSWER: on line {line}",
  },
  "aiken.no-such-letter": "ANSWER: {letter} names no choice; expected one of the letters {letters}",
  "anki.cloze":
    "a note of type {type}; expected Basic notes (front, back): Anki's cloze deletions are not read",
  "anki.empty-front":
    "a note with an empty front; expected a front and a back separated by {separator}",
  "anki.empty-back":
    "a note with an empty back; expected a front and a back separated by {separator}",
  "anki.separator.tab": "a tab",
  "anki.separator.comma": "a comma",
  "anki.separator.semicolon": "a semicolon",
  "anki.separator.space": "a space",
  "anki.separator.pipe": "a pipe",
  "anki.separator.colon": "a colon",
  "json.syntax": "JSON syntax error at {near}; expected valid JSON",
  "json.unreadable": "{reason}; expected JSON the parser can read",
  "json.no-questions": 'no questions; expected { "questions": [ … ] } or a list of questions',
  "json.not-object": 'a question that is not an object; expected { "type", "prompt", … }',
  "xml.malformed": "{reason}; expected well-formed XML",
  "xml.no-quiz": "no <quiz> element; expected Moodle XML: <quiz><question …>",
  "xml.type": "a question of type {type}; expected one of: {types}",
  "xml.few-answers": "fewer than two answers; expected at least two <answer> elements",
  "xml.no-right-single": 'no right answer; expected an <answer fraction="100">',
  "xml.no-right-multiple": "no right answer; expected an <answer> with a positive fraction",
  "xml.truefalse": 'expected two answers, "true" and "false", one with fraction="100"',
  "xml.no-marks": "no answer earns marks; expected an <answer> with a positive fraction",
  "xml.not-number": "{text} is not a number; expected a number in each <answer>",
  "xml.no-number": "no number; expected an <answer> holding a number",
  "xml.few-pairs":
    "fewer than two pairs; expected two <subquestion> elements or more, each with its <answer>",
  "xml.few-items": "fewer than two items; expected at least two <answer> elements",
  "xml.no-blank":
    "no blank in the text; expected {1:SHORTANSWER:=answer} or another of Moodle's embedded answers",
  "xml.blank-open": "{text} is not closed; expected } at the end of the blank",
  "xml.blank-not-number": "blank {n}: {text} is not a number; expected value or value:tolerance",
  "xml.blank-no-full-marks":
    "blank {n}: no answer earns full marks; expected one marked = or %100%",
  "xml.blank-few-choices": "blank {n}: fewer than two choices; expected choice~choice",
  "xml.blank-no-right":
    "blank {n}: no right choice; expected one marked = or with a positive %weight%",
} satisfies Translation<typeof fr>;
