import type { Translation } from "../../../i18n/messages/translation.js";
import type { packs as fr } from "../../fr/messages/packs.js";

// What is wrong in a pack file, each after its place in the data (`events[3].actor`) and, when
// printed, its file:line:col. Each says what was found, then what was expected.
export const packs = {
  "pack.issue.at": "{at}: {what}",
  "pack.too-big": "pack is {size} bytes; expected at most {max}",
  "pack.binary": "pack is binary; expected UTF-8 YAML text",
  "pack.yaml-unreadable": "{detail}; expected YAML the parser can read",
  "pack.yaml-syntax": "YAML syntax: {detail}",
  "pack.ref.hint": '{path}: "{value}" is not {a} id; did you mean "{hint}"?',
  "pack.ref.none": '{path}: "{value}" is not {a} id; the pack has no {plural}',
  "pack.ref.list": '{path}: "{value}" is not {a} id; expected one of: {list}',
  "pack.ref.many": '{path}: "{value}" is not {a} id; expected one of the {n} {what} ids',
  "pack.what.entity": "entity",
  "pack.what.source": "source",
  "pack.what.event": "event",
  "pack.what.fact": "fact",
  "pack.total-small":
    "{path}: {total} is smaller than the value {value}; expected a total at least as large as the value",
  "pack.until-alone":
    '{path}: "{until}" ends a span that has no start; expected a date as well, the first day of the span',
  "pack.until-before":
    '{path}: "{until}" is before the date "{date}"; expected the last day of the span, on or after its first',
  "pack.translation-own":
    "{path}: the pack is written in {lang}, so its fields are already in {lang}; expected translations in another language only",
  "pack.duplicate-id":
    '{path}: duplicate id "{id}", already used by {first}; expected ids unique across the pack',
  "pack.name-taken":
    '{path}: "{name}" already names entity "{other}"; expected each name and alias to belong to one entity',
  "pack.path-outside":
    '{path}: "{value}" points outside the pack folder; expected a path relative to the pack, such as articles/page.html',
  "pack.link-outside":
    '{path}: "{value}" is a link to a file outside the pack folder; expected a file inside it',
  "pack.missing-field": '{path}: missing field "{key}"; expected {expected}',
  "pack.wrong-type": "{path}: expected {expected}, got {got}",
  "pack.missing-one-of": '{path}: missing field "{key}"; expected one of: {list}',
  "pack.not-allowed": "{path}: {value} is not allowed; expected one of: {list}{hint}",
  "pack.missing-discriminator": "{path}: missing; expected one of: {list}",
  "pack.unknown-field-hint": '{path}: unknown field "{key}"; did you mean "{hint}"?',
  "pack.unknown-field": '{path}: unknown field "{key}"; expected one of: {list}',
  "pack.did-you-mean": ' (did you mean "{hint}"?)',
  "pack.other": "{path}: {detail}",
  "pack.type.string": "a string",
  "pack.type.number": "a number",
  "pack.type.boolean": "a boolean",
  "pack.type.array": "a list",
  "pack.type.object": "a mapping of fields",
  "pack.type.other": "{a} {type}",
  "pack.value.null": "nothing (null)",
  "pack.value.array": "a list",
  "pack.value.object": "a mapping",
  "pack.value.text": "the text {text}",
  "pack.value.other": "{type} {value}",
  "schema.id": "expected an id of lowercase letters, digits and dashes, such as sam-altman",
  "schema.id-short": "expected an id of lowercase letters, digits and dashes",
  "schema.date-format": "expected a date written YYYY-MM-DD, YYYY-MM or YYYY",
  "schema.day-format": "expected a date written YYYY-MM-DD",
  "schema.no-such-date": "no such date; expected a date that exists",
  "schema.source-ids": "expected at least one source id",
  "schema.two-pairs": "expected at least two pairs",
  "schema.two-items": "expected at least two items, in the right order",
  "schema.one-blank": "expected at least one blank",
  "schema.value-or-range": "expected a value (with an optional tolerance) or a min and a max",
  "schema.min-max": "expected min to be at most max",
  "schema.two-choices": "expected at least two choices",
  "schema.one-correct": "expected at least one choice marked correct: true",
  "schema.one-answer": "expected at least one accepted answer",
  "pack.other-value": "{path}: {value}: {detail}",
} satisfies Translation<typeof fr>;
