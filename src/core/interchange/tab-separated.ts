/** Most lines hold a tab between two texts: a spreadsheet or Anki row, not GIFT's indented answers. */
export function isTabSeparated(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("//"));
  const rows = lines.filter((l) => /\S\t+\S/.test(l)).length;
  return lines.length > 0 && rows * 2 > lines.length;
}
