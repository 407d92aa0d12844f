/** What the reader can do with a quiz left unfinished. */
export type ResumeChoice = "resume" | "drop";

/** The choices, in the order shown: taking it up again first. */
export const RESUME_CHOICES: readonly ResumeChoice[] = ["resume", "drop"];

/** The offer's own state: the choice under the cursor. */
export interface ResumeState {
  cursor: number;
}

export type ResumeAction = { type: "move"; delta: number };

/** The offer's state after an action; the cursor stays on a choice. */
export function resumeReducer(state: ResumeState, action: ResumeAction): ResumeState {
  const last = RESUME_CHOICES.length - 1;
  return { cursor: Math.min(last, Math.max(0, state.cursor + action.delta)) };
}
