import type { Pack } from "../core/facts/model.js";
import { MAX_PACK_BYTES, parsePack } from "../core/pack/parse.js";
import type { UserError } from "../errors.js";
import { displayPath, invalidPackError, loadPack, locatePack } from "./packs.js";
import { readTextFile } from "./read-text.js";
import { writeFileAtomic } from "./write-atomic.js";

/**
 * A pack of the user's that a command adds to (`new --pack`, `import --pack`): its file, its text
 * as it is, and the pack read from it. A built-in pack is refused with the command's own error,
 * which says how to make a pack of one's own.
 */
export function ownPack(
  ref: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  builtinRefused: () => UserError,
): { file: string; text: string; pack: Pack } {
  if (locatePack(ref, cwd, env).origin === "builtin") throw builtinRefused();
  const { file, pack } = loadPack(ref, cwd, env);
  return { file, text: readTextFile(file, displayPath(file, cwd), MAX_PACK_BYTES), pack };
}

/**
 * Writes a pack's text only if it is a valid pack, so that a command never leaves a pack that
 * fails `newsquiz lint`; `shown` and `id` name it in the errors.
 */
export function writeValidPack(file: string, text: string, shown: string, id: string): void {
  const { pack, errors } = parsePack(text, shown, id);
  if (!pack) throw invalidPackError(errors);
  writeFileAtomic(file, text);
}
