import type { Prompter } from "../../src/authoring/prompter.js";
import { LANGUAGES } from "../../src/core/i18n/language.js";
import { msg } from "../../src/core/i18n/msg.js";

/** The way back of a list, as each language names it. */
const BACK_NAMES = LANGUAGES.map((lang) => msg(lang, "authoring.back"));

/**
 * A person at the keyboard, following a script: each answer is typed in turn; an answer the
 * prompt refuses is followed, as a person would, by the next one. The transcript records every
 * question, answer and refusal, so that a test checks the whole conversation.
 */
export function scriptPrompter(answers: string[]): {
  prompter: Prompter;
  transcript: string[];
  left: () => string[];
} {
  const queue = [...answers];
  const transcript: string[] = [];
  const next = (message: string) => {
    const answer = queue.shift();
    if (answer === undefined) throw new Error(`script ran out at "${message}"`);
    // "^C": the person presses Ctrl-C at this question, as @inquirer/prompts reports it.
    if (answer === "^C")
      throw Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" });
    return answer;
  };
  const prompter: Prompter = {
    async input({ message, default: fallback, validate }) {
      for (;;) {
        const typed = next(message);
        const value = typed === "" && fallback !== undefined ? fallback : typed;
        transcript.push(`? ${message} ${value}`);
        const verdict = validate ? validate(value) : true;
        if (verdict === true) return value;
        transcript.push(`  ! ${verdict}`);
      }
    },
    // A choice is typed as its value; "<" picks the way back by its name in the interface's
    // language (‹ back, ‹ retour), an empty answer the default.
    async select({ message, choices, default: fallback }) {
      const typed = next(message);
      const value = typed === "" && fallback !== undefined ? fallback : typed;
      const choice =
        value === "<"
          ? choices.find((c) => BACK_NAMES.includes(c.name))
          : choices.find((c) => c.value === value);
      if (!choice) throw new Error(`"${value}" is not a choice of "${message}"`);
      transcript.push(`? ${message} ${choice.name}`);
      return choice.value;
    },
    // Boxes are ticked by their values, separated by spaces; "." keeps those already ticked.
    async checkbox({ message, choices, required }) {
      for (;;) {
        const typed = next(message);
        const values =
          typed === "."
            ? choices.filter((c) => c.checked).map((c) => c.value)
            : typed.split(/[\s,]+/).filter(Boolean);
        const unknown = values.find((v) => !choices.some((c) => c.value === v));
        if (unknown !== undefined) throw new Error(`"${unknown}" is not a choice of "${message}"`);
        transcript.push(`? ${message} ${values.join(", ")}`);
        if (required && values.length === 0) {
          transcript.push("  ! At least one choice must be selected.");
          continue;
        }
        return choices.filter((c) => values.includes(c.value)).map((c) => c.value);
      }
    },
    say(text) {
      transcript.push(text);
    },
  };
  return { prompter, transcript, left: () => queue };
}
