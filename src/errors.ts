import type { Language } from "./core/i18n/language.js";
import { type MessageKey, type MessageVars, type Said, said } from "./core/i18n/msg.js";

/** Exit codes of the command line: 0 success, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/**
 * An error the user can act on: printed as its message alone, never with a stack trace, and
 * turned into the exit code it carries. It carries a message of the catalogue, not a text: where
 * it is reported (report-error.ts) knows the interface's language and puts it in that language.
 * `message` is the English text, for stacks and logs.
 */
export class UserError extends Error {
  readonly exitCode: 1 | 2 = EXIT.invalidInput;
  readonly said: Said;

  constructor(
    key: MessageKey,
    vars: MessageVars = {},
    /** Lines printed after the message: the issues of a pack, in words or as messages. */
    readonly details: readonly (string | Said)[] = [],
  ) {
    super(said("en", { key, vars }));
    this.said = { key, vars };
    this.name = "UserError";
  }

  /** The message in the language. */
  textIn(lang: Language): string {
    return said(lang, this.said);
  }
}

/** A mistake in how the command was called (unknown option, missing argument): exit code 2. */
export class UsageError extends UserError {
  override readonly exitCode = EXIT.usage;

  constructor(key: MessageKey, vars: MessageVars = {}) {
    super(key, vars);
    this.name = "UsageError";
  }
}
