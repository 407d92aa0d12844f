/** Questions in a quiz when the reader does not say: `play` without `--count`, the pack screen. */
export const DEFAULT_QUIZ_LENGTH = 10;
