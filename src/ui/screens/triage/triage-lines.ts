import type { FactRef } from "../../../core/facts/fact-index.js";
import { msg } from "../../../core/i18n/msg.js";
import { labelled } from "../../../core/i18n/typography.js";
import { inertLine } from "../../../core/text/inert.js";
import { factCard } from "../../../core/triage/card.js";
import { editableFields, FIELD_KIND, fieldText, problemText } from "../../../core/triage/fields.js";
import {
  currentFact,
  isFinished,
  leftUnreviewed,
  reviewOf,
  triageCounts,
} from "../../../core/triage/session.js";
import { cardDetails, positionText, progressText } from "../../../core/triage/transcript.js";
import { bindingsFor, type Command, keyLabel } from "../../keys.js";
import {
  type Line,
  line,
  item as listItem,
  para,
  type Span,
  textWidth,
  truncate,
} from "../../lines.js";
import type { Tone } from "../../theme.js";
import { PICKER_ROWS, pickerRows, type TriageScreenState } from "./triage-state.js";

/** A frame of the review: header, body (with the row to keep in view), footer. */
export interface TriageFrame {
  header: Line[];
  body: Line[];
  footer: Line[];
  focus?: number;
  /** The last row that should stay in view with the focus: an open picker's matches. */
  focusEnd?: number;
}

/** The review screen as lines of `width` columns. */
export function triageFrame(state: TriageScreenState, width: number): TriageFrame {
  const { lang, session } = state;
  const header: Line[] = [
    [
      { text: "newsquiz", tone: "heading" },
      { text: ` · ${msg(lang, "triage.title")} · ${inertLine(state.pack.title)}`, tone: "muted" },
    ],
    ...byParts(progressText(triageCounts(session), lang), width).map((row) => line(row, "accent")),
    line("─".repeat(width), "muted"),
  ];
  const rule = line("─".repeat(width), "muted");
  if (state.help) {
    return {
      header,
      body: helpLines(state, width),
      footer: [rule, line(msg(lang, "triage.help.close"), "muted")],
    };
  }
  if (state.edit) return { header, ...editLines(state, width), footer: editFooter(state, width) };
  const notice = noticeLines(state, width);
  if (isFinished(session)) {
    const left = leftUnreviewed(session);
    const body = [
      ...para(
        msg(lang, session.queue.length === 0 ? "triage.done.nothing" : "triage.done"),
        width,
        "heading",
      ),
      ...(left > 0
        ? para(
            msg(lang, "triage.done.left", { count: msg(lang, "n.skipped-facts", { n: left }) }),
            width,
            "warning",
          )
        : []),
    ];
    const keys = left > 0 ? "triage.keys.done-again" : "triage.keys.done";
    return { header, body, footer: [rule, ...notice, ...para(msg(lang, keys), width, "muted")] };
  }
  return {
    header,
    body: factLines(state, currentFact(session)!, width),
    footer: [rule, ...notice, ...para(msg(lang, "triage.keys"), width, "muted")],
  };
}

function factLines(state: TriageScreenState, ref: FactRef, width: number): Line[] {
  const { lang, session } = state;
  const card = factCard(state.pack, ref, lang, reviewOf(session, ref.fact.id));
  const where = positionText(card, session.position + 1, session.queue.length, lang);
  const evidence: Span[] = card.evidence
    ? card.evidence.map((s) => ({
        text: inertLine(s.text),
        tone: s.marked ? ("highlight" as Tone) : "normal",
      }))
    : [{ text: msg(lang, "triage.no-evidence"), tone: "muted" }];
  return [
    ...para(where, width, "muted"),
    ...para(inertLine(card.sentence), width, "heading"),
    line(""),
    line(msg(lang, "triage.evidence"), "muted"),
    ...wrapSpans(evidence, width, "  "),
    line(""),
    ...cardDetails(card, lang).flatMap((d) => para(d, width, "normal")),
  ];
}

/** The correction: the fact as it will read, its fields, the open editor, the save row. */
function editLines(
  state: TriageScreenState,
  width: number,
): { body: Line[]; focus?: number; focusEnd?: number } {
  const { lang, pack } = state;
  const edit = state.edit!;
  const card = factCard(pack, edit.draft, lang, undefined);
  const body: Line[] = [
    line(msg(lang, "triage.edit.title"), "accent"),
    ...para(inertLine(card.sentence), width, "heading"),
    line(""),
  ];
  let focus: number | undefined;
  let focusEnd: number | undefined;
  const fields = editableFields(edit.draft);
  fields.forEach((field, k) => {
    const here = k === edit.cursor;
    if (here) focus = body.length;
    const value =
      inertLine(fieldText(pack, edit.draft, field, lang)) || msg(lang, "triage.edit.none");
    const label = msg(lang, `triage.field.${field}`);
    const text = labelled(label, value, lang);
    body.push(...listItem(here ? "› " : "  ", text, width, here ? "selected" : "normal"));
    if (here && edit.editor) {
      body.push(...editorLines(state, width));
      focusEnd = body.length - 1;
    }
  });
  const saveHere = edit.cursor === fields.length;
  if (saveHere) focus = body.length;
  body.push(
    ...listItem(
      saveHere ? "› " : "  ",
      msg(lang, "triage.edit.save"),
      width,
      saveHere ? "selected" : "right",
    ),
  );
  if (edit.problem) body.push(line(""), ...para(problemText(edit.problem, lang), width, "warning"));
  return { body, focus, focusEnd };
}

function editorLines(state: TriageScreenState, width: number): Line[] {
  const { lang } = state;
  const editor = state.edit!.editor!;
  if (editor.type === "text") return listItem("    ", `${editor.text}▏`, width, "selected");
  const rows = pickerRows(state, editor);
  const out: Line[] = listItem("    ", `${editor.query}▏`, width, "selected");
  if (rows.length === 0)
    out.push(...listItem("    ", msg(lang, "triage.edit.no-match"), width, "muted"));
  // The window of matches follows the cursor.
  const start = Math.max(0, Math.min(editor.cursor - PICKER_ROWS + 1, rows.length - PICKER_ROWS));
  rows.slice(start, start + PICKER_ROWS).forEach((entity, k) => {
    const here = start + k === editor.cursor;
    const name = entity ? inertLine(entity.name) : msg(lang, "triage.edit.none");
    out.push(...listItem(here ? "    › " : "      ", name, width, here ? "selected" : "normal"));
  });
  return out;
}

function editFooter(state: TriageScreenState, width: number): Line[] {
  const { lang } = state;
  const editor = state.edit!.editor;
  const keys = !editor
    ? "triage.edit.keys"
    : FIELD_KIND[editor.field] === "entity"
      ? "triage.edit.pick-keys"
      : "triage.edit.text-keys";
  return [line("─".repeat(width), "muted"), ...para(msg(lang, keys), width, "muted")];
}

/** What the last action did, on one row: "✓ Accepted: Acme fired Paul Roux…". */
function noticeLines(state: TriageScreenState, width: number): Line[] {
  const { notice, lang } = state;
  if (!notice) return [];
  const sentence = factCard(state.pack, notice.fact, lang, undefined).sentence;
  const tone: Tone =
    notice.key === "triage.now.rejected"
      ? "wrong"
      : notice.key === "triage.now.skipped"
        ? "muted"
        : "right";
  return [line(truncate(msg(lang, notice.key, { fact: inertLine(sentence) }), width), tone)];
}

function helpLines(state: TriageScreenState, width: number): Line[] {
  const { lang } = state;
  const labelWidth = 8;
  const binding = (command: Command) => bindingsFor("triage").find((b) => b.command === command)!;
  const label = (command: Command) => keyLabel(binding(command), lang);
  const rows: [string, string][] = [
    ...(["accept", "reject", "edit", "undo"] as const).map((c): [string, string] => [
      label(c),
      msg(lang, binding(c).help),
    ]),
    [label("skip"), msg(lang, "triage.help.skip")],
    // ↑ and ↓ both scroll: one row says so.
    [`${label("up")} ${label("down")}`, msg(lang, "triage.help.scroll")],
    [label("help"), msg(lang, "help.help")],
    [label("back"), msg(lang, "triage.help.leave")],
  ];
  const body: Line[] = [line(msg(lang, "triage.help.title"), "heading"), line("")];
  for (const [keys, text] of rows) {
    body.push(...listItem(keys.padEnd(labelWidth), text, width, "normal", "selected"));
  }
  body.push(line(""), ...para(msg(lang, "triage.help.edit-form"), width, "muted"));
  body.push(...para(msg(lang, "triage.help.ctrl-c"), width, "muted"));
  return body;
}

/** "a · b · c" on as few rows as fit, broken only between its parts: the progress at 40 columns. */
function byParts(text: string, width: number): string[] {
  const rows: string[] = [];
  for (const part of text.split(" · ")) {
    const last = rows[rows.length - 1];
    if (last !== undefined && textWidth(`${last} · ${part}`) <= width)
      rows[rows.length - 1] = `${last} · ${part}`;
    else rows.push(part);
  }
  return rows;
}

/**
 * Spans wrapped to rows of `width` columns, each character keeping its tone: the evidence with
 * its highlighted words. Breaks at spaces; a word longer than a row is broken.
 */
export function wrapSpans(spans: readonly Span[], width: number, indent = ""): Line[] {
  const chars: { c: string; tone: Tone }[] = [];
  for (const span of spans)
    for (const c of span.text) chars.push({ c, tone: span.tone ?? "normal" });
  const room = Math.max(1, width - textWidth(indent));
  const rows: { c: string; tone: Tone }[][] = [];
  let row: { c: string; tone: Tone }[] = [];
  let word: { c: string; tone: Tone }[] = [];
  const flushWord = () => {
    while (word.length > 0) {
      const gap = row.length > 0 ? 1 : 0;
      if (row.length + gap + word.length <= room) {
        if (gap)
          row.push({
            c: " ",
            tone: word[0]!.tone === row[row.length - 1]!.tone ? word[0]!.tone : "normal",
          });
        row.push(...word);
        word = [];
      } else if (row.length > 0) {
        rows.push(row);
        row = [];
      } else {
        rows.push(word.slice(0, room));
        word = word.slice(room);
      }
    }
  };
  for (const ch of chars) {
    if (ch.c === " ") flushWord();
    else word.push(ch);
  }
  flushWord();
  if (row.length > 0 || rows.length === 0) rows.push(row);
  return rows.map((r) => {
    const out: Span[] = indent ? [{ text: indent, tone: "normal" }] : [];
    for (const { c, tone } of r) {
      const last = out[out.length - 1];
      if (last && last.tone === tone) last.text += c;
      else out.push({ text: c, tone });
    }
    return out;
  });
}
