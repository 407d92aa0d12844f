/** `text` matched as it is inside a regular expression built around it: a name, a unit. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
