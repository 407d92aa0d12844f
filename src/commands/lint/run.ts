import type { CommandContext } from "../../context.js";
import { countAwaitingReview } from "../../core/facts/review.js";
import { msg } from "../../core/i18n/msg.js";
import { issueIn } from "../../core/pack/issue.js";
import { displayPath, loadPacks } from "../../io/packs.js";

/**
 * `newsquiz lint PACK...`: validates packs. Prints one line per valid pack, every error as
 * `file:line:col: message` on stderr, and returns 1 when anything is wrong.
 */
export async function runLint(refs: readonly string[], ctx: CommandContext): Promise<number> {
  const { packs, errors } = loadPacks(refs, ctx.cwd, ctx.env);
  const lang = ctx.lang ?? "en";
  for (const { pack, file, dir } of packs) {
    const n = countAwaitingReview(pack);
    const review =
      n > 0 ? msg(lang, "report.lint-review", { n, dir: displayPath(dir, ctx.cwd) }) : "";
    const line = msg(lang, "report.lint-ok", {
      file: displayPath(file, ctx.cwd),
      events: pack.events.length,
      claims: pack.claims.length,
      quotes: pack.quotes.length,
      questions: pack.questions.length,
      review,
    });
    ctx.stdout.write(`${line}\n`);
  }
  for (const error of errors) ctx.stderr.write(`${issueIn(lang, error)}\n`);
  if (errors.length > 0) {
    const broken = new Set(errors.map((e) => e.file)).size;
    const count = msg(lang, "report.lint-errors", {
      errors: msg(lang, "n.errors", { n: errors.length }),
      packs: msg(lang, "n.packs", { n: broken }),
    });
    ctx.stderr.write(`${count}\n`);
    return 1;
  }
  return 0;
}
