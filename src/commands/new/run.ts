import { join } from "node:path";
import { parse } from "yaml";
import { keepDraft, takeUpDraft } from "../../authoring/draft.js";
import { addedSummary, authoredPackText } from "../../authoring/pack-text.js";
import { asking, inquirerPrompter, type Prompter } from "../../authoring/prompter.js";
import { type Authored, authorPack, type Progress } from "../../authoring/session.js";
import type { CommandContext } from "../../context.js";
import { msg } from "../../core/i18n/msg.js";
import { UserError } from "../../errors.js";
import { dropDraft } from "../../io/authoring-draft.js";
import { newPacksDir, schemaRefFor } from "../../io/new-pack-place.js";
import { ownPack, writeValidPack } from "../../io/own-pack.js";
import { discoverPacks, displayPath } from "../../io/packs.js";
import { SIGNAL_EXIT } from "../../run/interrupt.js";
import { uiLanguage } from "../../run/language.js";

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
  const pack = options.pack;
  const existing = pack
    ? ownPack(pack, ctx.cwd, ctx.env, () => new UserError("error.new.builtin", { pack }))
    : undefined;
  if (!prompter && !ctx.stdin.isTTY) throw new UserError("error.new.no-terminal");
  // The questions are asked in the interface's language; the pack's own is one of its fields.
  const lang = uiLanguage(undefined, ctx);
  const p = asking(prompter ?? (await inquirerPrompter(ctx, lang)), lang);
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
      ctx.stderr.write(`newsquiz: ${msg(lang, "authoring.stopped.draft", { command })}\n`);
    } else {
      ctx.stderr.write(`newsquiz: ${msg(lang, "authoring.stopped")}\n`);
    }
    return SIGNAL_EXIT.SIGINT;
  }
  const file =
    existing?.file ?? join(newPacksDir(ctx.cwd, ctx.env), authored.pack!.id, "pack.yaml");
  const text = authoredPackText(authored, existing?.text, schemaRefFor(file));
  writeValidPack(file, text, displayPath(file, ctx.cwd), authored.pack?.id ?? "pack");
  dropDraft(ctx.env);
  const added = addedSummary(authored, lang);
  ctx.stdout.write(`${msg(lang, "report.saved", { file: displayPath(file, ctx.cwd), added })}\n`);
  return 0;
}
