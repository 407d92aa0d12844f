/** The one type that holds every member of a union: the sections of a catalogue as one. */
type AllOf<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/**
 * A catalogue's sections merged into one object, one key space, in the order they are listed; a
 * key two sections share is a test failure (tests/core/i18n/messages.test.ts).
 */
export function merged<S extends Record<string, object>>(sections: S): AllOf<S[keyof S]> {
  return Object.assign({}, ...Object.values(sections));
}
