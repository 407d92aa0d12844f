// What an answer type hands the faces, as data: the rows of the full screen, the keys to show,
// the fields of the prompts, the review of choices after an answer. The faces draw and ask; the
// type decides what. Nothing here knows Ink or @inquirer.

/** A key of the full-screen quiz, as the input of one question sees it. */
export type EditAction =
  | { type: "move"; delta: number }
  | { type: "cycle"; delta: number }
  | { type: "digit"; n: number }
  | { type: "toggle" }
  | { type: "type"; text: string }
  | { type: "erase" };

/** What a key made of a type's input: the input, and whether the key also hands it in. */
export interface Edited<I> {
  input: I;
  /** A digit on a single choice answers at once, as Enter would. */
  submit?: true;
}

/** Why an input was not handed in, shown under it (keys of the screen strings). */
export type InputNotice = "quiz.pick-one" | "quiz.assign-all" | "quiz.not-a-number";

/** What Enter made of a type's input: its response, or the input as it stays (with a notice). */
export type Submitted<R, I> = { response: R; input: I } | { input: I; notice?: InputNotice };

/** How a row of the full screen stands out: as the screens' tones of the same names. */
export type RowTone = "normal" | "selected" | "accent" | "muted";

/**
 * One row of a question's body on the full screen: a list item (a marker, then its text wrapped
 * under itself), the text field being typed in, or a line as it is. `focus`: the row to keep in
 * view (the cursor's).
 */
export type ScreenRow =
  | { kind: "item"; marker: string; text: string; tone?: RowTone; focus?: true }
  | { kind: "field"; text: string; suffix: string }
  | { kind: "line"; text: string; tone?: RowTone };

/** The body of a question on the full screen, under its prompt. */
export interface ScreenBody {
  rows: ScreenRow[];
  /** Keep the last row in view too (matching: the right-hand list the digits refer to). */
  keepEnd?: true;
}

/** The key hints of a question's type: `quiz.keys.<key>` of the screen strings, with `{max}`. */
export interface KeyHint {
  key: "choice" | "multiple" | "matching" | "ordering" | "read" | "cloze" | "text";
  max?: number;
}

/** The choices of a question after its answer: each right (✓), wrongly picked (✗) or neither. */
export interface ChoiceReview {
  rows: { text: string; correct: boolean; picked: boolean; feedback?: string }[];
  /** The grade's feedback follows the rows (where it is not the picked choices' own). */
  gradeFeedback: boolean;
}

/**
 * One thing plain prompts ask: a list to pick one from (with skip, flag and quit when
 * `commands`), boxes to tick, a text to type (`check` refuses it with a reason), or items to put
 * in order one pick at a time. `label` follows the question's message.
 */
export type PromptField =
  | {
      kind: "pick";
      label: string;
      choices: { name: string; value: string }[];
      commands?: true;
    }
  | { kind: "tick"; label: string; choices: { name: string; value: string }[] }
  | { kind: "type"; label: string; check?: (text: string) => string | undefined }
  | { kind: "rank"; items: string[] };

/**
 * How plain prompts ask a question: fields, whose answers (a pick's value, the ticked values
 * joined by commas, the text, the ranked numbers joined by spaces) `line` turns into the line
 * line mode reads (every field left empty: skipped); or one line typed as line mode reads it.
 */
export type PromptAsk =
  | { kind: "fields"; fields: PromptField[]; line: (answers: string[]) => string }
  | { kind: "line" };
