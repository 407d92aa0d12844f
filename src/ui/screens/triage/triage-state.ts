import type { FactRef } from "../../../core/facts/fact-index.js";
import type { Entity, Language, Pack } from "../../../core/facts/model.js";
import {
  editableFields,
  entityMatcher,
  FIELD_KIND,
  type FieldName,
  type FieldProblem,
  factProblem,
  isChanged,
  isRequired,
  readFieldText,
  withField,
} from "../../../core/triage/fields.js";
import {
  currentFact,
  type TriageAction,
  type TriageSession,
  triageReducer,
} from "../../../core/triage/session.js";

/** The editor open on one field: a text to type (date, role, figures) or an entity to pick. */
export type FieldEditor =
  | { field: FieldName; type: "text"; text: string }
  | { field: FieldName; type: "pick"; query: string; cursor: number };

/** Correcting the fact under review: a draft of it, the row under the cursor, an open editor. */
export interface EditState {
  draft: FactRef;
  /** A field's index, or `fields.length` for the row that saves the correction. */
  cursor: number;
  editor?: FieldEditor;
  problem?: FieldProblem;
}

/** What the last action did, for the status line. */
export interface Notice {
  key:
    | "triage.now.accepted"
    | "triage.now.rejected"
    | "triage.now.edited"
    | "triage.now.skipped"
    | "triage.now.undone";
  fact: FactRef;
}

/** The review screen: the session, and what is open over it. */
export interface TriageScreenState {
  pack: Pack;
  lang: Language;
  session: TriageSession;
  help: boolean;
  edit?: EditState;
  notice?: Notice;
}

export type TriageScreenAction =
  | {
      type: "session";
      action: Extract<TriageAction, { type: "accept" | "reject" | "skip" | "undo" | "again" }>;
    }
  | { type: "help"; open: boolean }
  /** Scrolls the fact: the screen's shared scroll moves (use-scroll.ts), not this state. */
  | { type: "scroll"; delta: number }
  | { type: "edit-open" }
  | { type: "edit-move"; delta: number }
  | { type: "edit-confirm" }
  | { type: "edit-cancel" }
  | { type: "edit-type"; text: string }
  | { type: "edit-erase" };

const SAID = {
  accept: "triage.now.accepted",
  reject: "triage.now.rejected",
  skip: "triage.now.skipped",
} as const satisfies Record<string, Notice["key"]>;

/** Rows of entities a picker shows at most; typing narrows them. */
export const PICKER_ROWS = 6;

export function initialTriageState(
  pack: Pack,
  lang: Language,
  session: TriageSession,
): TriageScreenState {
  return { pack, lang, session, help: false };
}

/**
 * The review screen after an action: decisions go to the session (core/triage/session.ts);
 * the edit form, its field editors and entity pickers, help and scrolling are the screen's own.
 */
export function triageScreenReducer(
  state: TriageScreenState,
  action: TriageScreenAction,
): TriageScreenState {
  switch (action.type) {
    case "session":
      return act(state, action.action);
    case "help":
      return { ...state, help: action.open };
    case "scroll":
      return state;
    case "edit-open": {
      const fact = currentFact(state.session);
      return fact ? { ...state, edit: { draft: fact, cursor: 0 }, notice: undefined } : state;
    }
    default:
      return state.edit ? { ...state, ...editAction(state, state.edit, action) } : state;
  }
}

function act(
  state: TriageScreenState,
  action: Extract<TriageAction, { type: "accept" | "reject" | "skip" | "undo" | "again" }>,
): TriageScreenState {
  const before = currentFact(state.session);
  const session = triageReducer(state.session, action);
  if (session === state.session) return state;
  const notice: Notice | undefined =
    action.type === "undo"
      ? { key: "triage.now.undone", fact: currentFact(session)! }
      : before && action.type !== "again"
        ? { key: SAID[action.type], fact: before }
        : undefined;
  return { ...state, session, notice };
}

/** The rows of a picker: "(none)" first for a field that may be empty, then the matches. */
export function pickerRows(
  state: Pick<TriageScreenState, "pack">,
  editor: Extract<FieldEditor, { type: "pick" }>,
): (Entity | null)[] {
  const matches = entityMatcher(state.pack)(editor.query);
  const none = !isRequired(editor.field) && editor.query.trim() === "" ? [null] : [];
  return [...none, ...matches];
}

function editAction(
  state: TriageScreenState,
  edit: EditState,
  action: TriageScreenAction,
): Partial<TriageScreenState> {
  const fields = editableFields(edit.draft);
  const { editor } = edit;
  switch (action.type) {
    case "edit-cancel":
      // Esc closes the open editor first, then the whole correction.
      return editor
        ? { edit: { ...edit, editor: undefined, problem: undefined } }
        : { edit: undefined };
    case "edit-move": {
      if (editor?.type === "pick") {
        const rows = pickerRows(state, editor).length;
        const cursor = Math.min(Math.max(0, editor.cursor + action.delta), Math.max(0, rows - 1));
        return { edit: { ...edit, editor: { ...editor, cursor } } };
      }
      if (editor) return {};
      const cursor = Math.min(Math.max(0, edit.cursor + action.delta), fields.length);
      return { edit: { ...edit, cursor, problem: undefined } };
    }
    case "edit-type":
    case "edit-erase": {
      if (!editor) return {};
      const current = editor.type === "text" ? editor.text : editor.query;
      const next =
        action.type === "edit-type" ? current + action.text : [...current].slice(0, -1).join("");
      const changed: FieldEditor =
        editor.type === "text" ? { ...editor, text: next } : { ...editor, query: next, cursor: 0 };
      return { edit: { ...edit, editor: changed, problem: undefined } };
    }
    case "edit-confirm":
      return confirm(state, edit, fields);
    default:
      return {};
  }
}

/** Enter in the form: open the field's editor, set the field from it, or save the correction. */
function confirm(
  state: TriageScreenState,
  edit: EditState,
  fields: readonly FieldName[],
): Partial<TriageScreenState> {
  const { editor } = edit;
  const toSave = { ...edit, editor: undefined, cursor: fields.length, problem: undefined };
  if (editor?.type === "pick") {
    const rows = pickerRows(state, editor);
    if (rows.length === 0) return {};
    const entity = rows[Math.min(editor.cursor, rows.length - 1)]!;
    return { edit: { ...toSave, draft: withField(edit.draft, editor.field, entity?.id) } };
  }
  if (editor?.type === "text") {
    // An empty field keeps the value; « - » empties it, as in line mode.
    if (editor.text.trim() === "") return { edit: { ...toSave } };
    const typed = editor.text.trim() === "-" ? "" : editor.text;
    const read = readFieldText(editor.field, typed, state.lang);
    if ("problem" in read) return { edit: { ...edit, problem: read.problem } };
    return { edit: { ...toSave, draft: withField(edit.draft, editor.field, read.value) } };
  }
  const field = fields[edit.cursor];
  if (field) {
    const opened: FieldEditor =
      FIELD_KIND[field] === "entity"
        ? { field, type: "pick", query: "", cursor: 0 }
        : { field, type: "text", text: "" };
    return { edit: { ...edit, editor: opened, problem: undefined } };
  }
  const problem = factProblem(edit.draft, state.lang);
  if (problem) return { edit: { ...edit, problem } };
  const original = currentFact(state.session)!;
  if (!isChanged(original, edit.draft)) {
    return { edit: { ...edit, problem: { key: "triage.edit.unchanged", vars: {} } } };
  }
  const session = triageReducer(state.session, { type: "edit", fact: edit.draft });
  return {
    session,
    edit: undefined,
    notice: { key: "triage.now.edited", fact: edit.draft },
  };
}
