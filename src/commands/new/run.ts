import { join } from "node:path";
import { parse } from "yaml";
import { keepDraft, takeUpDraft } from "../../authoring/draft.js";
import { addedSummary, authoredPackText } from "../../authoring/pack-text.js";
import { inquirerPrompter, type Prompter } from "../../authoring/prompter.js";
import { type Authored, authorPack, type Progress } from "../../authoring/session.js";
import type { CommandContext } from "../../context.js";
import { MAX_PACK_BYTES, parsePack } from "../../core/pack/parse.js";
import { UserError } from "../../errors.js";
import { dropDraft } from "../../io/authoring-draft.js";
import {
  discoverPacks,
  displayPath,
  invalidPackError,
  loadPack,
  locatePack,
} from "../../io/packs.js";
import { readTextFile } from "../../io/read-text.js";
import { newPacksDir, schemaRefFor, writeFileAtomic } from "../../io/write-pack.js";
import { SIGNAL_EXIT } from "../../run/interrupt.js";

export interface NewOptions {
  pack?: string;
}

/**
 * `newsquiz new [--pack ID]`: writes a pack by answering questions, or adds to one. The file is
 * written once, at the end, after everything was shown, and only if it is valid; stopping with
 * Ctrl-C writes no pack, and keeps what was written as a draft the next run offers to take up.
 */
export async function runNew(
  options: NewOptions,
  ctx: CommandContext,
  prompter?: Prompter,
): Promise<number> {
  let existing: { file: string; text: string } | undefined;
  if (options.pack) {
    const location = locatePack(options.pack, ctx.cwd, ctx.env);
    if (location.origin === "builtin") {
      throw new UserError("error.new.builtin", { pack: options.pack });
    }
    const { file } = loadPack(options.pack, ctx.cwd, ctx.env);
    existing = { file, text: readTextFile(file, displayPath(file, ctx.cwd), MAX_PACK_BYTES) };
  }
  if (!prompter && !ctx.stdin.isTTY) throw new UserError("error.new.no-terminal");
  const p = prompter ?? (await inquirerPrompter(ctx));
  const target = existing?.file ?? null;
  const from = await takeUpDraft(p, target, ctx.env);
  let progress: Progress | undefined = from;
  let authored: Authored;
  try {
    authored = await authorPack(
      p,
      existing ? parse(existing.text) : null,
      discoverPacks(ctx.cwd, ctx.env).map((l) => l.id),
      {
        from,
        onChange: (now) => {
          progress = now;
        },
      },
    );
  } catch (error) {
    if ((error as Error).name !== "ExitPromptError") throw error;
    // Stopped with Ctrl-C: what was written so far is kept, to take up again.
    if (keepDraft(progress, target, ctx.env)) {
      const command = `${ctx.command ?? "newsquiz"} new${options.pack ? ` --pack ${options.pack}` : ""}`;
      ctx.stderr.write(
        `newsquiz: stopped; nothing was saved in a pack, and what you wrote is kept as a draft: "${command}" takes it up again\n`,
      );
    } else {
      ctx.stderr.write("newsquiz: stopped; nothing was saved\n");
    }
    return SIGNAL_EXIT.SIGINT;
  }
  const file =
    existing?.file ?? join(newPacksDir(ctx.cwd, ctx.env), authored.pack!.id, "pack.yaml");
  const text = authoredPackText(authored, existing?.text, schemaRefFor(file));
  const { pack, errors } = parsePack(text, displayPath(file, ctx.cwd), authored.pack?.id ?? "pack");
  if (!pack) throw invalidPackError(errors);
  writeFileAtomic(file, text);
  dropDraft(ctx.env);
  ctx.stdout.write(`saved ${displayPath(file, ctx.cwd)} (${addedSummary(authored)})\n`);
  return 0;
}
