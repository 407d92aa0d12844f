import type { Language } from "../../../i18n/language.js";
import type { AnyQuestion, ScreenHooks, Shown } from "../answer-type.js";
import type { Submitted } from "../faces.js";

/** The input of a question answered by typing: the text typed so far. */
export interface TextInput {
  text: string;
}

/**
 * The full screen's input of a question answered by typing: keys type and erase, Enter hands in
 * what `submit` reads of the text (an empty text is skipped before it gets there). `suffix`
 * follows the field (a unit).
 */
export function textScreen<Q extends AnyQuestion, R>(o: {
  submit(item: Shown<Q>, input: TextInput, lang: Language): Submitted<R, TextInput>;
  suffix?(item: Shown<Q>): string;
}): ScreenHooks<Q, R, TextInput> {
  return {
    initial: () => ({ text: "" }),
    edit(_item, input, action) {
      if (action.type === "type") return { input: { ...input, text: input.text + action.text } };
      if (action.type === "erase") {
        return { input: { ...input, text: [...input.text].slice(0, -1).join("") } };
      }
      return { input };
    },
    submit: o.submit,
    typing: () => true,
    empty: (_item, input) => input.text.trim() === "",
    movesWhileTyping: false,
    body: (item, input) => ({
      rows: [{ kind: "field", text: input.text, suffix: o.suffix?.(item) ?? "" }],
    }),
    keys: () => ({ key: "text" }),
    review: () => undefined,
  };
}

/** The trimmed text as a response made by `respond`, or nothing to hand in when it is empty. */
export function typedText<R>(
  input: TextInput,
  respond: (text: string) => R,
): Submitted<R, TextInput> {
  const text = input.text.trim();
  return text ? { response: respond(text), input } : { input };
}
