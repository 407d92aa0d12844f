import type { CommandContext } from "../context.js";
import { countAwaitingReview } from "../core/facts/review.js";
import { countNoun } from "../core/i18n/plural.js";
import { formatIssue } from "../core/pack/issue.js";
import { displayPath, loadPacks } from "../io/packs.js";

/**
 * `newsquiz lint PACK...`: validates packs. Prints one line per valid pack, every error as
 * `file:line:col: message` on stderr, and returns 1 when anything is wrong.
 */
export async function runLint(refs: readonly string[], ctx: CommandContext): Promise<number> {
  const { packs, errors } = loadPacks(refs, ctx.cwd, ctx.env);
  for (const { pack, file, dir } of packs) {
    const awaiting = countAwaitingReview(pack);
    const review =
      awaiting > 0
        ? `; ${awaiting} facts await review (newsquiz triage ${displayPath(dir, ctx.cwd)})`
        : "";
    ctx.stdout.write(
      `${displayPath(file, ctx.cwd)}: ok (${pack.events.length} events, ${pack.claims.length} claims, ${pack.quotes.length} quotes, ${pack.questions.length} questions)${review}\n`,
    );
  }
  for (const error of errors) ctx.stderr.write(`${formatIssue(error)}\n`);
  if (errors.length > 0) {
    const broken = new Set(errors.map((e) => e.file)).size;
    ctx.stderr.write(
      `${countNoun("en", errors.length, "error", "errors")} in ${countNoun("en", broken, "pack", "packs")}\n`,
    );
    return 1;
  }
  return 0;
}
