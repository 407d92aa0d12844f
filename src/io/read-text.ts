import { readFileSync, statSync } from "node:fs";
import { UserError } from "../errors.js";

/**
 * Reads a text file the user pointed at, refusing what is not UTF-8 text or is too large, with
 * one line that says which file and why.
 */
export function readTextFile(path: string, shown: string, maxBytes: number): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`${shown}: is a folder; expected a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  if (size > maxBytes) {
    throw new UserError(`${shown}: ${size} bytes; expected at most ${maxBytes}`);
  }
  const bytes = readFileSync(path);
  return decodeUtf8(bytes, shown);
}

/** UTF-8 text from bytes, or a UserError naming the file when they are binary or another encoding. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  if (bytes.includes(0)) throw new UserError(`${shown}: binary file; expected UTF-8 text`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UserError(`${shown}: not valid UTF-8; expected UTF-8 text (convert it with iconv)`);
  }
}
