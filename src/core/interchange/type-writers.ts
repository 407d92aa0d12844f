import type { Said } from "../i18n/msg.js";
import type { WrittenQuestion } from "../question/model.js";
import type { QuestionType } from "../question/types/index.js";

/** A question of one answer type, as a pack holds it. */
export type OfType<T extends QuestionType> = Extract<WrittenQuestion, { type: T }>;

/**
 * How a format writes each answer type it holds, in the format's own folder. A type it does not
 * name is one it cannot hold: {@link writerOf} leaves the question out and says so, so that a
 * new answer type needs no format to change (a format opts in to it in its folder).
 */
export type TypeWriters<Out, Context> = {
  [T in QuestionType]?: (question: OfType<T>, context: Context) => Out;
};

/** What a format is called, and how it says it cannot hold a type (when it says it its own way). */
export interface FormatName {
  name: string;
  cannotHold?: (type: string) => Said;
}

/**
 * The format's writer for the question's type; undefined, once `note` was told that the
 * question is not written, when the format cannot hold the type.
 */
export function writerOf<Out, Context>(
  writers: TypeWriters<Out, Context>,
  question: WrittenQuestion,
  format: FormatName,
  note: (message: Said) => void,
): ((question: WrittenQuestion, context: Context) => Out) | undefined {
  const writer = writers[question.type] as
    | ((question: WrittenQuestion, context: Context) => Out)
    | undefined;
  if (!writer) {
    note(
      format.cannotHold?.(question.type) ?? {
        key: "export.cannot-hold",
        vars: { type: question.type, format: format.name },
      },
    );
  }
  return writer;
}
