import { join } from "node:path";
import { parse } from "yaml";
import { inquirerPrompter, type Prompter } from "../authoring/prompter.js";
import { authorPack, COLLECTIONS, NOUNS, type Progress } from "../authoring/session.js";
import type { CommandContext } from "../context.js";
import { countNoun } from "../core/i18n/plural.js";
import { appendToList } from "../core/pack/append.js";
import { newPackText, packItem, questionItem } from "../core/pack/new-pack.js";
import { MAX_PACK_BYTES, parsePack } from "../core/pack/parse.js";
import { UserError } from "../errors.js";
import { dropDraft, readDraft, writeDraft } from "../io/authoring-draft.js";
import { discoverPacks, displayPath, invalidPackError, loadPack, locatePack } from "../io/packs.js";
import { readTextFile } from "../io/read-text.js";
import { newPacksDir, schemaRefFor, writeFileAtomic } from "../io/write-pack.js";
import { SIGNAL_EXIT } from "../play/interrupt.js";

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
      throw new UserError(
        `${options.pack} is a built-in pack; expected a pack of your own (newsquiz new makes one)`,
      );
    }
    const { file } = loadPack(options.pack, ctx.cwd, ctx.env);
    existing = { file, text: readTextFile(file, displayPath(file, ctx.cwd), MAX_PACK_BYTES) };
  }
  if (!prompter && !ctx.stdin.isTTY)
    throw new UserError("newsquiz new asks questions; expected a terminal");
  const p = prompter ?? (await inquirerPrompter(ctx));
  const target = existing?.file ?? null;
  const from = await takeUpDraft(p, target, ctx);
  let progress: Progress | undefined = from;
  let authored: Awaited<ReturnType<typeof authorPack>>;
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
    if (progress && hasContent(progress)) {
      writeDraft(ctx.env, { v: 1, target, savedAt: new Date().toISOString(), progress });
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
  let text = existing?.text ?? newPackText(authored.pack!, schemaRefFor(file));
  for (const collection of COLLECTIONS) {
    const items = authored.added[collection].map(
      collection === "questions" ? questionItem : packItem,
    );
    text = appendToList(text, collection, items);
  }
  const { pack, errors } = parsePack(text, displayPath(file, ctx.cwd), authored.pack?.id ?? "pack");
  if (!pack) throw invalidPackError(errors);
  writeFileAtomic(file, text);
  dropDraft(ctx.env);
  const counts = COLLECTIONS.map((c) => [c, authored.added[c].length] as const).filter(
    ([, n]) => n > 0,
  );
  const summary = counts.length
    ? counts.map(([c, n]) => countNoun("en", n, ...NOUNS[c])).join(", ")
    : "nothing added";
  ctx.stdout.write(`saved ${displayPath(file, ctx.cwd)} (${summary})\n`);
  return 0;
}

/**
 * The draft an earlier run kept, when it was for this same pack (or for a new one) and the
 * person takes it up; it is dropped when they start afresh.
 */
async function takeUpDraft(
  p: Prompter,
  target: string | null,
  ctx: CommandContext,
): Promise<Progress | undefined> {
  const draft = readDraft<Progress>(ctx.env);
  if (!draft || draft.target !== target) return undefined;
  const items = COLLECTIONS.reduce((n, c) => n + (draft.progress.added[c]?.length ?? 0), 0);
  const name = draft.progress.pack ? `${draft.progress.pack.id}, ` : "";
  const choice = await p.select({
    message: `A draft waits (${name}${countNoun("en", items, "item", "items")}, kept ${draft.savedAt.slice(0, 16).replace("T", " ")} UTC)`,
    choices: [
      { name: "take it up again", value: "resume" },
      { name: "start afresh (the draft is dropped)", value: "drop" },
    ],
  });
  if (choice === "drop") {
    dropDraft(ctx.env);
    return undefined;
  }
  return draft.progress;
}

/** Whether a session wrote anything worth keeping. */
function hasContent(progress: Progress): boolean {
  return Boolean(progress.pack) || COLLECTIONS.some((c) => progress.added[c].length > 0);
}
