/** Joins a phrase to its preposition: "of the board", "with Microsoft". */
export function attach(prep: string, text: string): string {
  return prep === "" ? text : `${prep} ${text}`;
}
