import type { Prompter } from "../../src/authoring/prompter.js";

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
    async select({ message, choices }) {
      const value = next(message);
      const choice = choices.find((c) => c.value === value);
      if (!choice) throw new Error(`"${value}" is not a choice of "${message}"`);
      transcript.push(`? ${message} ${choice.name}`);
      return choice.value;
    },
    say(text) {
      transcript.push(text);
    },
  };
  return { prompter, transcript, left: () => queue };
}
