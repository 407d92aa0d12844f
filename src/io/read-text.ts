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
    if (stat.isDirectory()) throw new UserError("error.is-folder", { file: shown });
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError("error.cannot-read", {
      file: shown,
      code: (error as NodeJS.ErrnoException).code ?? "error",
    });
  }
  if (size > maxBytes) {
    throw new UserError("error.too-large", { what: shown, size, max: maxBytes });
  }
  const bytes = readFileSync(path);
  return decodeUtf8(bytes, shown);
}

/** UTF-8 text from bytes, or a UserError naming the file when they are binary or another encoding. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  if (bytes.includes(0)) throw new UserError("error.binary", { file: shown });
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UserError("error.not-utf8", { file: shown });
  }
}
