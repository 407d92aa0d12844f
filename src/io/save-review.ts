import { dirname } from "node:path";
import { issueSaid } from "../core/pack/issue.js";
import { MAX_PACK_BYTES, parsePack } from "../core/pack/parse.js";
import { recordDecisions } from "../core/triage/record.js";
import type { Decision } from "../core/triage/session.js";
import { UserError } from "../errors.js";
import { packFileCheck } from "./pack-files.js";
import type { LoadedPack } from "./packs.js";
import { readTextFile } from "./read-text.js";
import { writeFileAtomic } from "./write-atomic.js";

/**
 * Writes triage decisions into the pack file. The file is read again first, so that what
 * changed on disk meanwhile is kept; the result must pass the checks of `newsquiz lint` before
 * it replaces the file, atomically (a temporary file renamed over it). Returns the decided facts
 * the file no longer holds.
 */
export function saveDecisions(
  loaded: Pick<LoadedPack, "file" | "pack">,
  shown: string,
  decisions: ReadonlyMap<string, Decision>,
): { missing: string[] } {
  if (decisions.size === 0) return { missing: [] };
  const text = readTextFile(loaded.file, shown, MAX_PACK_BYTES);
  const { text: out, missing } = recordDecisions(text, decisions);
  const check = parsePack(out, shown, loaded.pack.id, packFileCheck(dirname(loaded.file)));
  if (!check.pack) {
    throw new UserError("error.review-invalid", { file: shown }, check.errors.map(issueSaid));
  }
  if (out !== text) writeFileAtomic(loaded.file, out);
  return { missing };
}
