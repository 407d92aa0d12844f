/**
 * The first letter in capitals, as a sentence starts. Plain `toUpperCase`: casing differs by
 * locale only for Turkish, Azeri and Lithuanian letters, none of the languages' own.
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
