import { z } from "zod";

// Loose: a setting added by a newer newsquiz is kept when this one saves the file.
const settingsSchema = z.looseObject({
  v: z.literal(1),
  /** Certainty mode: after each answer the reader says how sure they were (off by default). */
  certainty: z.boolean().default(false),
});

/** The reader's settings that outlive a run. */
export type Settings = z.output<typeof settingsSchema>;

/** Settings when nothing was saved. */
export const DEFAULT_SETTINGS: Settings = { v: 1, certainty: false };

/** Settings read from a saved value; undefined when the value is not settings of this version. */
export function parseSettings(value: unknown): Settings | undefined {
  const result = settingsSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
