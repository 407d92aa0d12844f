// How `newsquiz new` asks for the answers of a question of a type, as data: the face asks, in
// order, and the type builds its fields from what was typed. Texts are message keys, and
// verdicts messages, which the face says in the interface's language.
import type { MessageKey, Said } from "../../i18n/msg.js";

/** What a field gave: a text, the lines of a list, a number (undefined: left empty). */
export type AuthoringValue = string | string[] | number | undefined;

/** A verdict on a typed value: true, or why it is refused. */
export type AuthoringVerdict = true | Said;

/**
 * One thing asked: lines typed until an empty one (at least `min`), a line of text (`check`
 * sees the values before it), a number (`optional`: may be left empty), or one of choices.
 * `<` on a field goes back before the answers, or with `back: "field"` to the field before.
 */
export type AuthoringField =
  | { kind: "list"; label: MessageKey; min: number; check?: (line: string) => AuthoringVerdict }
  | {
      kind: "text";
      message: MessageKey;
      check?: (text: string, before: AuthoringValue[]) => AuthoringVerdict;
      back?: "field";
    }
  | { kind: "number"; message: MessageKey; optional?: true }
  | { kind: "choose"; message: MessageKey; choices: { name: MessageKey; value: string }[] };

/** How guided authoring offers a type and asks for its answers. */
export interface AuthoringForm {
  /** The type as the list of types names it. */
  name: MessageKey;
  fields: AuthoringField[];
  /** The question's answer fields, from one value per field. */
  build(values: AuthoringValue[]): Record<string, unknown>;
  /** False when there is nothing to explain after it (a description). */
  explained?: false;
}
